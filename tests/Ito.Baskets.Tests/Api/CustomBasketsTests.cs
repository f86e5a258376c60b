using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Baskets.Baskets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Ito.Baskets.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Baskets.Tests.Api;

/// <summary>Custom baskets through the API, against real PostgreSQL and RabbitMQ.</summary>
public sealed class CustomBasketsTests(BasketsService service) : IClassFixture<BasketsService>
{
    private readonly Guid owner = Guid.NewGuid();

    private static object Leg(MarketId id, string side = "YES", object? weight = null) => new { marketId = id.ToString(), side, weight = weight ?? 1 };

    private async Task<JsonElement> CreateAsync(HttpClient client, string name, string visibility, params object[] legs)
    {
        var response = await client.PostAsJsonAsync("/api/v1/baskets", new { name, description = "test basket", visibility, legs });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await BasketsService.JsonAsync(response);
    }

    [Fact]
    public async Task A_basket_mixing_venues_is_created_with_normalized_weights_market_details_and_a_BasketCreated_event()
    {
        var kalshi = await service.ListMarketAsync(Venue.Kalshi, title: "Fed cuts in December?");
        var polymarket = await service.ListMarketAsync(Venue.Polymarket);
        var client = service.ClientFor(owner);

        var created = await CreateAsync(client, "Rates vs crypto", "private", Leg(kalshi, "YES", 1), Leg(polymarket, "no", 2));
        var id = created.GetProperty("id").GetGuid();

        var basket = await BasketsService.JsonAsync(await client.GetAsync($"/api/v1/baskets/{id}"));
        Assert.Equal("Rates vs crypto", basket.GetProperty("name").GetString());
        Assert.Equal("custom", basket.GetProperty("kind").GetString());
        Assert.Equal(owner, basket.GetProperty("ownerId").GetGuid());
        var legs = basket.GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal([kalshi.ToString(), polymarket.ToString()], legs.Select(l => l.GetProperty("marketId").GetString()));
        Assert.Equal(["YES", "NO"], legs.Select(l => l.GetProperty("side").GetString()));
        Assert.Equal([1m, 2m], legs.Select(l => l.GetProperty("weight").GetDecimal()));
        Assert.Equal([0.33333333m, 0.66666667m], legs.Select(l => l.GetProperty("normalizedWeight").GetDecimal()));
        Assert.Equal(["kalshi", "polymarket"], legs.Select(l => l.GetProperty("venue").GetString()));
        Assert.Equal("Fed cuts in December?", legs[0].GetProperty("title").GetString());
        Assert.Equal("open", legs[0].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, legs[0].GetProperty("closeTime").ValueKind);

        var evt = Assert.Single(await service.OutboxEventsAsync<BasketCreated>(id.ToString()));
        Assert.Equal(owner, evt.GetProperty("ownerId").GetGuid());
        Assert.Equal([0.33333333m, 0.66666667m], evt.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("weight").GetDecimal()));
    }

    public static TheoryData<string, string> InvalidBaskets => new()
    {
        { "no legs", "legs" },
        { "51 legs", "legs" },
        { "weight 0", "legs[1].weight" },
        { "weight -1", "legs[1].weight" },
        { "weight NaN", "legs[1].weight" },
        { "weight missing", "legs[1].weight" },
        { "duplicate market", "legs[1].marketId" },
        { "unknown market", "legs[1].marketId" },
        { "closed market", "legs[1].marketId" },
        { "malformed market id", "legs[1].marketId" },
        { "unknown side", "legs[1].side" },
        { "empty name", "name" },
        { "101-character name", "name" },
        { "unknown visibility", "visibility" },
    };

    [Theory]
    [MemberData(nameof(InvalidBaskets))]
    public async Task An_invalid_basket_is_a_400_naming_the_field_and_changes_nothing(string invalid, string field)
    {
        var (open, other, closed) = await service.SampleMarketsAsync();
        var user = Guid.NewGuid();
        var client = service.ClientFor(user);

        object[] legs = invalid switch
        {
            "no legs" => [],
            "51 legs" => Enumerable.Range(0, 51).Select(_ => Leg(open)).ToArray(),
            "weight 0" => [Leg(open), Leg(other, weight: 0)],
            "weight -1" => [Leg(open), Leg(other, weight: -1)],
            "weight NaN" => [Leg(open), Leg(other, weight: "NaN")],
            "weight missing" => [Leg(open), new { marketId = other.ToString(), side = "YES" }],
            "duplicate market" => [Leg(open), Leg(open, "NO")],
            "unknown market" => [Leg(open), Leg(MarketId.For(Venue.Kalshi, "NEVER-LISTED"))],
            "closed market" => [Leg(open), Leg(closed)],
            "malformed market id" => [Leg(open), new { marketId = "nasdaq:AAPL", side = "YES", weight = 1 }],
            "unknown side" => [Leg(open), new { marketId = other.ToString(), side = "MAYBE", weight = 1 }],
            _ => [Leg(open), Leg(other)],
        };
        var name = invalid switch { "empty name" => "", "101-character name" => new string('x', 101), _ => "Valid name" };
        var visibility = invalid == "unknown visibility" ? "friends-only" : "public";

        var response = await client.PostAsJsonAsync("/api/v1/baskets", new { name, visibility, legs });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await BasketsService.JsonAsync(response);
        Assert.Equal("https://docs.itomarkets.dev/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        Assert.Equal(0, await service.WithDbAsync(db => db.Baskets.CountAsync(b => b.OwnerId == user)));
    }

    [Fact]
    public async Task Fifty_legs_are_accepted()
    {
        var markets = new List<MarketId>();
        for (var i = 0; i < 50; i++) markets.Add(await service.ListMarketAsync(i % 2 == 0 ? Venue.Kalshi : Venue.Polymarket));
        var created = await CreateAsync(service.ClientFor(owner), "Fifty", "private", markets.Select(m => Leg(m)).ToArray());
        var weights = created.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("normalizedWeight").GetDecimal()).ToList();
        Assert.Equal(50, weights.Count);
        Assert.Equal(1m, weights.Sum());
    }

    [Fact]
    public async Task Another_users_private_basket_is_404_for_every_verb_and_unchanged()
    {
        var market = await service.ListMarketAsync();
        var created = await CreateAsync(service.ClientFor(owner), "Mine only", "private", Leg(market));
        var id = created.GetProperty("id").GetGuid();
        var stranger = service.ClientFor(Guid.NewGuid(), admin: true);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/baskets/{id}")).StatusCode);
        var put = await stranger.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Stolen", visibility = "public", legs = new[] { Leg(market) } });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("https://docs.itomarkets.dev/problems/not-found", (await BasketsService.JsonAsync(put)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/baskets/{id}")).StatusCode);
        Assert.Equal("Mine only", await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == id).Select(b => b.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await service.ClientFor(owner).GetAsync($"/api/v1/baskets/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_public_basket_is_readable_by_all_but_changed_only_by_its_owner_with_events()
    {
        var a = await service.ListMarketAsync();
        var b = await service.ListMarketAsync(Venue.Polymarket);
        var ownerClient = service.ClientFor(owner);
        var id = (await CreateAsync(ownerClient, "Shared", "public", Leg(a))).GetProperty("id").GetGuid();
        var reader = service.ClientFor(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/baskets/{id}")).StatusCode);
        var update = new { name = "Shared v2", description = (string?)null, visibility = "public", legs = new[] { Leg(a, weight: 3), Leg(b, "NO", 1) } };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync($"/api/v1/baskets/{id}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.DeleteAsync($"/api/v1/baskets/{id}")).StatusCode);

        var put = await ownerClient.PutAsJsonAsync($"/api/v1/baskets/{id}", update);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await BasketsService.JsonAsync(put);
        Assert.Equal("Shared v2", updated.GetProperty("name").GetString());
        Assert.Equal([0.75m, 0.25m], updated.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("normalizedWeight").GetDecimal()));
        var changed = Assert.Single(await service.OutboxEventsAsync<BasketLegsChanged>(id.ToString()));
        Assert.Equal([a.ToString(), b.ToString()], changed.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("marketId").GetString()));

        var invalid = await ownerClient.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Shared v3", visibility = "public", legs = new[] { Leg(a, weight: 0) } });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("Shared v2", await service.WithDbAsync(db => db.Baskets.Where(x => x.Id == id).Select(x => x.Name).SingleAsync()));
        Assert.Single(await service.OutboxEventsAsync<BasketLegsChanged>(id.ToString()));

        Assert.Equal(HttpStatusCode.NoContent, (await ownerClient.DeleteAsync($"/api/v1/baskets/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerClient.GetAsync($"/api/v1/baskets/{id}")).StatusCode);
        Assert.Single(await service.OutboxEventsAsync<BasketDeleted>(id.ToString()));
        Assert.Equal(0, await service.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
            """SELECT COUNT(*)::int AS "Value" FROM baskets.basket_legs WHERE "BasketId" = {0}""", id).SingleAsync()));
    }

    [Fact]
    public async Task A_name_with_script_is_a_400_naming_the_field_and_stores_nothing()
    {
        var market = await service.ListMarketAsync();
        var client = service.ClientFor(owner);
        var before = await service.WithDbAsync(db => db.Baskets.CountAsync(b => b.OwnerId == owner));

        var response = await client.PostAsJsonAsync("/api/v1/baskets",
            new { name = "<script>alert('x')</script>", visibility = "private", legs = new[] { Leg(market) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await BasketsService.JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.DoesNotContain("<script>", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, await service.WithDbAsync(db => db.Baskets.CountAsync(b => b.OwnerId == owner)));
    }

    [Fact]
    public async Task A_name_with_html_significant_characters_is_stored_verbatim_and_escaped_in_json()
    {
        const string name = "Rates < 4% & \"cuts\" > 'hikes'";
        var market = await service.ListMarketAsync();
        var client = service.ClientFor(owner);
        var response = await client.PostAsJsonAsync("/api/v1/baskets", new { name, visibility = "private", legs = new[] { Leg(market) } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(raw).RootElement.GetProperty("id").GetGuid();

        Assert.DoesNotContain("< 4%", raw, StringComparison.Ordinal);
        Assert.Equal(name, JsonDocument.Parse(raw).RootElement.GetProperty("name").GetString());
        Assert.Equal(name, await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == id).Select(b => b.Name).SingleAsync()));
        Assert.DoesNotContain("< 4%", await (await client.GetAsync($"/api/v1/baskets/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("< 4%", await (await client.GetAsync("/api/v1/baskets?filter=mine")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_filters_searches_sorts_and_pages()
    {
        var user = Guid.NewGuid();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var client = service.ClientFor(user);
        var m1 = await service.ListMarketAsync();
        var m2 = await service.ListMarketAsync();
        var m3 = await service.ListMarketAsync();
        await CreateAsync(client, $"Alpha {tag}", "private", Leg(m1), Leg(m2), Leg(m3));
        await CreateAsync(client, $"Bravo {tag}", "public", Leg(m1));
        await CreateAsync(client, $"Charlie {tag}", "private", Leg(m1), Leg(m2));
        await CreateAsync(service.ClientFor(Guid.NewGuid()), $"Hidden {tag}", "private", Leg(m1));
        await CreateAsync(service.ClientFor(Guid.NewGuid()), $"Other public {tag}", "public", Leg(m1));

        async Task<JsonElement> ListAsync(string query)
        {
            var response = await client.GetAsync("/api/v1/baskets?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await BasketsService.JsonAsync(response);
        }
        static List<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

        var mine = await ListAsync($"filter=mine&q={tag}&sort=name");
        Assert.Equal([$"Alpha {tag}", $"Bravo {tag}", $"Charlie {tag}"], Names(mine));
        Assert.Equal(3, mine.GetProperty("total").GetInt32());

        Assert.Equal([$"Bravo {tag}", $"Other public {tag}"], Names(await ListAsync($"filter=public&q={tag}&sort=name")));
        Assert.Equal([$"Alpha {tag}", $"Bravo {tag}", $"Charlie {tag}", $"Other public {tag}"], Names(await ListAsync($"filter=custom&q={tag}&sort=name")));
        Assert.Equal([$"Bravo {tag}", $"Charlie {tag}", $"Alpha {tag}"], Names(await ListAsync($"filter=mine&q={tag}&sort=legs")));
        Assert.Equal([$"Charlie {tag}", $"Bravo {tag}", $"Alpha {tag}"], Names(await ListAsync($"filter=mine&q={tag}&sort=-created")));
        Assert.Equal([$"Alpha {tag}", $"Bravo {tag}", $"Charlie {tag}"], Names(await ListAsync($"filter=mine&q={tag}&sort=created")));
        Assert.Equal([$"Charlie {tag}"], Names(await ListAsync($"filter=mine&q=charlie%20{tag}")));
        Assert.Equal(3, (await ListAsync($"filter=mine&q={tag}&sort=name&page=2&size=2")).GetProperty("total").GetInt32());
        Assert.Equal([$"Charlie {tag}"], Names(await ListAsync($"filter=mine&q={tag}&sort=name&page=2&size=2")));
        Assert.Empty(Names(await ListAsync("q=100%25_sure")));

        foreach (var bad in new[] { "size=101", "size=0", "page=0", "filter=everything", "sort=price" })
        {
            var response = await client.GetAsync("/api/v1/baskets?" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await BasketsService.JsonAsync(response)).GetProperty("errors").TryGetProperty(bad.Split('=')[0], out _), bad);
        }
    }

    [Fact]
    public async Task Writing_needs_the_write_scope_and_reading_the_read_scope()
    {
        var market = await service.ListMarketAsync();
        var readOnly = service.ClientFor(owner, scopes: [Scopes.BasketsRead]);
        var post = await readOnly.PostAsJsonAsync("/api/v1/baskets", new { name = "x", legs = new[] { Leg(market) } });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/v1/baskets")).StatusCode);

        var writeOnly = service.ClientFor(owner, scopes: [Scopes.BasketsWrite]);
        Assert.Equal(HttpStatusCode.Forbidden, (await writeOnly.GetAsync("/api/v1/baskets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Factory.CreateClient().GetAsync("/api/v1/baskets")).StatusCode);
    }

    [Fact]
    public async Task Two_saves_of_one_basket_from_the_same_version_conflict_on_the_concurrency_token()
    {
        var market = await service.ListMarketAsync();
        var other = await service.ListMarketAsync();
        var id = (await CreateAsync(service.ClientFor(owner), "Raced", "private", Leg(market))).GetProperty("id").GetGuid();
        var markets = await service.WithDbAsync(db => db.AvailabilityOfAsync([market, other], CancellationToken.None));

        await using var first = service.Factory.Services.CreateAsyncScope();
        await using var second = service.Factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<Data.BasketsDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<Data.BasketsDbContext>();
        var copy1 = await db1.Baskets.SingleAsync(b => b.Id == id);
        var copy2 = await db2.Baskets.SingleAsync(b => b.Id == id);

        copy1.ReplaceLegs([new ProposedLeg(market, Side.Yes, 2m), new ProposedLeg(other, Side.No, 1m)], markets, DateTimeOffset.UtcNow);
        await db1.SaveChangesAsync();
        copy2.ReplaceLegs([new ProposedLeg(other, Side.Yes, 1m)], markets, DateTimeOffset.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());

        Assert.Equal(2, await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == id).Select(b => b.Legs.Count).SingleAsync()));
    }

    [Fact]
    public async Task A_put_without_visibility_keeps_it()
    {
        var market = await service.ListMarketAsync();
        var client = service.ClientFor(owner);
        var id = (await CreateAsync(client, "Stays public", "public", Leg(market))).GetProperty("id").GetGuid();
        var put = await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Still public", legs = new[] { Leg(market, "NO") } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("public", (await BasketsService.JsonAsync(put)).GetProperty("visibility").GetString());
    }

    [Fact]
    public async Task Visibility_travels_with_BasketCreated_and_each_real_change_of_it_raises_BasketVisibilityChanged()
    {
        var market = await service.ListMarketAsync();
        var client = service.ClientFor(owner);
        var id = (await CreateAsync(client, "Private first", "private", Leg(market))).GetProperty("id").GetGuid();
        var created = Assert.Single(await service.OutboxEventsAsync<BasketCreated>(id.ToString())).Deserialize<BasketCreated>(JsonSerializerOptions.Web)!;
        Assert.Equal((BasketKind.Custom, owner, BasketVisibility.Private), (created.Kind, created.OwnerId, created.Visibility));

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Now public", visibility = "public", legs = new[] { Leg(market) } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Still public", legs = new[] { Leg(market, "NO") } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Private again", visibility = "private", legs = new[] { Leg(market) } })).StatusCode);

        var changes = (await service.OutboxEventsAsync<BasketVisibilityChanged>(id.ToString()))
            .Select(e => e.Deserialize<BasketVisibilityChanged>(JsonSerializerOptions.Web)!.Visibility).ToList();
        Assert.Equal([BasketVisibility.Public, BasketVisibility.Private], changes);
        Assert.Equal(3, (await service.OutboxEventsAsync<BasketLegsChanged>(id.ToString())).Count);
    }

    [Fact]
    public async Task The_endpoints_are_described_in_OpenAPI()
    {
        var document = await service.Factory.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var name in new[] { "ListBaskets", "GetBasket", "CreateBasket", "UpdateBasket", "DeleteBasket", "SubmitSuggestion", "ApproveSuggestion", "RejectSuggestion" })
        {
            Assert.Contains($"\"operationId\": \"{name}\"", document, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_put_based_on_an_older_version_is_a_conflict_and_changes_nothing()
    {
        var market = await service.ListMarketAsync();
        var client = service.ClientFor(owner);
        var created = await CreateAsync(client, "Versioned", "private", Leg(market));
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetUInt32();

        var first = await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Versioned 2", legs = new[] { Leg(market) }, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(version, (await BasketsService.JsonAsync(first)).GetProperty("version").GetUInt32());

        var stale = await client.PutAsJsonAsync($"/api/v1/baskets/{id}", new { name = "Versioned 3", legs = new[] { Leg(market) }, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("https://docs.itomarkets.dev/problems/conflict", (await BasketsService.JsonAsync(stale)).GetProperty("type").GetString());
        Assert.Equal("Versioned 2", await service.WithDbAsync(db => db.Baskets.Where(b => b.Id == id).Select(b => b.Name).SingleAsync()));
    }
}
