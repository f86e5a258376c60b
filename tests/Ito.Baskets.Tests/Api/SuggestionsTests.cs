using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Baskets.Suggestions;
using Ito.Baskets.SystemBaskets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Tests.Api;

/// <summary>Suggestions from users, reviewed by admins; approval applies the change in the same transaction.</summary>
public sealed class SuggestionsTests(BasketsService service) : IClassFixture<BasketsService>
{
    private readonly Guid submitter = Guid.NewGuid();

    private static object Leg(MarketId id, string side = "YES", decimal weight = 1m) => new { marketId = id.ToString(), side, weight };

    private async Task<Guid> SubmitAsync(object suggestion)
    {
        var response = await service.ClientFor(submitter).PostAsJsonAsync("/api/v1/suggestions", suggestion);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BasketsService.JsonAsync(response);
        Assert.Equal("pending", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_suggested_new_basket_is_listed_for_admins_and_on_approval_created_with_its_event_and_the_review_recorded()
    {
        var a = await service.ListMarketAsync();
        var b = await service.ListMarketAsync(Venue.Polymarket);
        var id = await SubmitAsync(new { name = "Soft landing", description = "Cuts without recession", legs = new[] { Leg(a), Leg(b, "NO", 3m) }, reason = "Popular theme" });

        var mine = await BasketsService.JsonAsync(await service.ClientFor(submitter).GetAsync("/api/v1/suggestions/mine"));
        var listed = Assert.Single(mine.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        // Reviewers read the markets' titles, not only their ids.
        Assert.Equal(
            [(a.ToString(), $"Will {a} resolve YES?", "kalshi", "open"), (b.ToString(), $"Will {b} resolve YES?", "polymarket", "open")],
            listed.GetProperty("markets").EnumerateArray().Select(m => (m.GetProperty("marketId").GetString(), m.GetProperty("title").GetString(),
                m.GetProperty("venue").GetString(), m.GetProperty("status").GetString())));
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(submitter).GetAsync("/api/v1/suggestions?status=pending")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.ClientFor(submitter).PostAsJsonAsync($"/api/v1/suggestions/{id}/approve", new { })).StatusCode);

        var adminId = Guid.NewGuid();
        var admin = service.ClientFor(adminId, admin: true);
        var pending = await BasketsService.JsonAsync(await admin.GetAsync("/api/v1/suggestions?status=pending"));
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        var approved = await admin.PostAsJsonAsync($"/api/v1/suggestions/{id}/approve", new { notes = "Nice one" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var review = await BasketsService.JsonAsync(approved);
        Assert.Equal("approved", review.GetProperty("status").GetString());
        Assert.Equal(adminId, review.GetProperty("reviewedBy").GetGuid());
        Assert.Equal("Nice one", review.GetProperty("reviewNotes").GetString());
        Assert.Equal(submitter, review.GetProperty("submittedBy").GetGuid());
        Assert.Equal(JsonValueKind.String, review.GetProperty("reviewedAt").ValueKind);
        var basketId = review.GetProperty("createdBasketId").GetGuid();

        var basket = await BasketsService.JsonAsync(await service.ClientFor(Guid.NewGuid()).GetAsync($"/api/v1/baskets/{basketId}"));
        Assert.Equal("Soft landing", basket.GetProperty("name").GetString());
        Assert.Equal("public", basket.GetProperty("visibility").GetString());
        Assert.Equal(submitter, basket.GetProperty("ownerId").GetGuid());
        Assert.Equal([0.25m, 0.75m], basket.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("normalizedWeight").GetDecimal()));
        var created = Assert.Single(await service.OutboxEventsAsync<BasketCreated>(basketId.ToString()));
        Assert.Equal((int)BasketVisibility.Public, created.GetProperty("visibility").GetInt32());

        var after = await BasketsService.JsonAsync(await admin.GetAsync("/api/v1/suggestions?status=pending&size=100"));
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Two_admins_approving_at_once_one_wins_and_the_other_gets_a_conflict_and_the_change_is_applied_once()
    {
        var existing = await service.ListMarketAsync();
        var added = await service.ListMarketAsync(Venue.Polymarket);
        await service.CategorizeAsync(existing, 14);
        var sports = SystemBasketCatalog.All[13].Id;
        var changesBefore = (await service.OutboxEventsAsync<BasketLegsChanged>(sports.ToString())).Count;
        var id = await SubmitAsync(new { basketId = sports, add = new[] { Leg(added, "YES", 1m) }, reason = "Missing the final" });

        var first = service.ClientFor(Guid.NewGuid(), admin: true);
        var second = service.ClientFor(Guid.NewGuid(), admin: true);
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/v1/suggestions/{id}/approve", new { notes = "first" }),
            second.PostAsJsonAsync($"/api/v1/suggestions/{id}/approve", new { notes = "second" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://docs.itomarkets.dev/problems/conflict", (await BasketsService.JsonAsync(loser)).GetProperty("type").GetString());

        var legs = await service.WithDbAsync(db => db.Baskets.AsNoTracking().Where(b => b.Id == sports).SelectMany(b => b.Legs).ToListAsync());
        Assert.Single(legs, l => l.MarketId == added);
        Assert.Equal(changesBefore + 1, (await service.OutboxEventsAsync<BasketLegsChanged>(sports.ToString())).Count);
        var stored = await service.WithDbAsync(db => db.Suggestions.SingleAsync(s => s.Id == id));
        Assert.Equal(SuggestionStatus.Approved, stored.Status);
        var winnerNotes = await BasketsService.JsonAsync(responses.Single(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(winnerNotes.GetProperty("reviewNotes").GetString(), stored.ReviewNotes);
    }

    [Fact]
    public async Task A_rejection_is_final_and_changes_no_basket()
    {
        var held = await service.ListMarketAsync();
        await service.CategorizeAsync(held, 12);
        var health = SystemBasketCatalog.All[11].Id;
        var id = await SubmitAsync(new { basketId = health, remove = new[] { held.ToString() }, reason = "Not about health" });

        var admin = service.ClientFor(Guid.NewGuid(), admin: true);
        var rejected = await admin.PostAsJsonAsync($"/api/v1/suggestions/{id}/reject", new { notes = "It is." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("rejected", (await BasketsService.JsonAsync(rejected)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/suggestions/{id}/approve", content: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/suggestions/{id}/reject", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/v1/suggestions/{Guid.NewGuid()}/approve", new { })).StatusCode);
        Assert.True(await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == health).SelectMany(b => b.Legs).AnyAsync(l => l.MarketId == held)));

        var mine = await BasketsService.JsonAsync(await service.ClientFor(submitter).GetAsync($"/api/v1/suggestions/{id}"));
        Assert.Equal("It is.", mine.GetProperty("reviewNotes").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await service.ClientFor(Guid.NewGuid()).GetAsync($"/api/v1/suggestions/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_approved_change_that_no_longer_applies_is_a_conflict_and_leaves_the_suggestion_pending()
    {
        var added = await service.ListMarketAsync();
        var energy = SystemBasketCatalog.All[7].Id;
        var id = await SubmitAsync(new { basketId = energy, add = new[] { Leg(added) }, reason = "Oil" });
        await service.CloseMarketAsync(added);

        var response = await service.ClientFor(Guid.NewGuid(), admin: true).PostAsJsonAsync($"/api/v1/suggestions/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(SuggestionStatus.Pending, await service.WithDbAsync(db => db.Suggestions.Where(s => s.Id == id).Select(s => s.Status).SingleAsync()));
        Assert.False(await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == energy).SelectMany(b => b.Legs).AnyAsync(l => l.MarketId == added)));
    }

    public static TheoryData<string, string> InvalidSuggestions => new()
    {
        { "no reason", "reason" },
        { "new basket without legs", "legs" },
        { "new basket with a closed-or-unknown market", "legs[0].marketId" },
        { "unknown basket", "basketId" },
        { "removing a market the basket lacks", "remove[0]" },
        { "adding with weight 0", "add[0].weight" },
        { "reweighting with NaN", "weights[0].weight" },
        { "no change at all", "add" },
        { "a change that renames", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidSuggestions))]
    public async Task An_invalid_suggestion_is_a_400_naming_the_field_and_stores_nothing(string invalid, string field)
    {
        var (open, _, _) = await service.SampleMarketsAsync();
        var user = Guid.NewGuid();
        var crypto = SystemBasketCatalog.All[6].Id;
        object request = invalid switch
        {
            "no reason" => new { name = "x", legs = new[] { Leg(open) } },
            "new basket without legs" => new { name = "x", legs = Array.Empty<object>(), reason = "r" },
            "new basket with a closed-or-unknown market" => new { name = "x", legs = new[] { Leg(MarketId.For(Venue.Kalshi, "NOPE")) }, reason = "r" },
            "unknown basket" => new { basketId = Guid.NewGuid(), add = new[] { Leg(open) }, reason = "r" },
            "removing a market the basket lacks" => new { basketId = crypto, remove = new[] { open.ToString() }, reason = "r" },
            "adding with weight 0" => new { basketId = crypto, add = new[] { Leg(open, weight: 0m) }, reason = "r" },
            "reweighting with NaN" => new { basketId = crypto, weights = new[] { new { marketId = open.ToString(), weight = "NaN" } }, reason = "r" },
            "a change that renames" => new { basketId = crypto, name = "Coins", add = new[] { Leg(open) }, reason = "r" },
            _ => new { basketId = crypto, reason = "r" },
        };

        var response = await service.ClientFor(user).PostAsJsonAsync("/api/v1/suggestions", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await BasketsService.JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        Assert.Equal(0, await service.WithDbAsync(db => db.Suggestions.CountAsync(s => s.SubmittedBy == user)));
    }
}
