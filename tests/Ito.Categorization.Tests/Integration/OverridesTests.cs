using System.Net;
using System.Net.Http.Json;
using Ito.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Tests.Integration;

/// <summary>Admin overrides: applied and announced at once, audited, removable, and only for admins.</summary>
[Collection(CategorizationServiceCollection.Name)]
public sealed class OverridesTests(CategorizationService service)
{
    private async Task<MarketId> CategorizedMarketAsync(string title = "Will the Fed cut rates in December?")
    {
        var id = CategorizationService.NewMarketId();
        await service.UpsertAsync(CategorizationService.Upserted(id, title));
        return id;
    }

    [Fact]
    public async Task An_override_is_applied_and_announced_at_once_and_records_who_when_and_why()
    {
        var id = await CategorizedMarketAsync();
        var admin = Guid.NewGuid();

        var response = await service.AdminClient(admin).PostAsJsonAsync("/api/v1/overrides",
            new { marketId = id.ToString(), systemBasket = 18, reason = "The ECB angle matters more here" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await CategorizationService.JsonAsync(response);
        Assert.Equal(18, body.GetProperty("categorization").GetProperty("systemBasket").GetInt32());
        Assert.True(body.GetProperty("categorization").GetProperty("overridden").GetBoolean());
        Assert.Equal(admin, body.GetProperty("override").GetProperty("createdBy").GetGuid());

        var events = await service.CategorizedEventsAsync(id);
        Assert.Equal([4, 18], events.Select(e => e.GetProperty("systemBasket").GetInt32()));
        Assert.Equal(1m, events[^1].GetProperty("confidence").GetDecimal());

        var row = await service.WithDbAsync(db => db.Overrides.AsNoTracking().SingleAsync(o => o.MarketId == id));
        Assert.Equal(admin, row.CreatedBy);
        Assert.Equal("The ECB angle matters more here", row.Reason);
        Assert.True(row.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Null(row.DeletedAt);

        var listed = await CategorizationService.JsonAsync(await service.AdminClient().GetAsync($"/api/v1/overrides?marketId={id}"));
        Assert.Equal(row.Id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_risk_factor_override_sets_the_factor_first_and_its_basket()
    {
        var id = await CategorizedMarketAsync();

        var response = await service.AdminClient().PostAsJsonAsync("/api/v1/overrides",
            new { marketId = id.ToString(), riskFactorId = "crypto.bitcoin", reason = "Really about bitcoin" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var evt = (await service.CategorizedEventsAsync(id))[^1];
        Assert.Equal(7, evt.GetProperty("systemBasket").GetInt32());
        Assert.Equal("crypto.bitcoin", evt.GetProperty("riskFactors")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_active_override_still_wins_when_the_text_changes()
    {
        var id = await CategorizedMarketAsync();
        var created = await service.AdminClient().PostAsJsonAsync("/api/v1/overrides", new { marketId = id.ToString(), systemBasket = 16, reason = "test" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        await service.UpsertAsync(CategorizationService.Upserted(id, "Will the Lakers beat the Celtics tonight?"));

        var stored = await service.CategorizationAsync(id);
        Assert.Equal(16, stored!.SystemBasket);
        Assert.Equal("Will the Lakers beat the Celtics tonight?", stored.Text.Title);
        // The verdict is the override's whatever the text says, so nothing new needs announcing.
        Assert.Equal([4, 16], (await service.CategorizedEventsAsync(id)).Select(e => e.GetProperty("systemBasket").GetInt32()));
    }

    [Fact]
    public async Task Deleting_an_override_keeps_it_as_history_and_categorizes_the_market_without_it()
    {
        var id = await CategorizedMarketAsync();
        var creator = Guid.NewGuid();
        var remover = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Created, (await service.AdminClient(creator).PostAsJsonAsync("/api/v1/overrides",
            new { marketId = id.ToString(), systemBasket = 2, reason = "first" })).StatusCode);
        // A second override replaces the first, which stays in the history.
        Assert.Equal(HttpStatusCode.Created, (await service.AdminClient(creator).PostAsJsonAsync("/api/v1/overrides",
            new { marketId = id.ToString(), systemBasket = 5, reason = "second" })).StatusCode);

        var response = await service.AdminClient(remover).DeleteAsync($"/api/v1/overrides/{id}?reason=pipeline%20was%20right");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await service.CategorizationAsync(id);
        Assert.Equal(4, stored!.SystemBasket);
        Assert.False(stored.Overridden);
        Assert.Equal([4, 2, 5, 4], (await service.CategorizedEventsAsync(id)).Select(e => e.GetProperty("systemBasket").GetInt32()));

        var history = await service.WithDbAsync(db => db.Overrides.AsNoTracking().Where(o => o.MarketId == id).OrderBy(o => o.CreatedAt).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.All(history, o => Assert.NotNull(o.DeletedAt));
        Assert.Equal(creator, history[0].DeletedBy);
        Assert.Equal("replaced by a new override", history[0].DeletionReason);
        Assert.Equal(remover, history[1].DeletedBy);
        Assert.Equal("pipeline was right", history[1].DeletionReason);

        var active = await CategorizationService.JsonAsync(await service.AdminClient().GetAsync($"/api/v1/overrides?marketId={id}"));
        Assert.Empty(active.GetProperty("items").EnumerateArray());
        var all = await CategorizationService.JsonAsync(await service.AdminClient().GetAsync($"/api/v1/overrides?marketId={id}&includeDeleted=true"));
        Assert.Equal(2, all.GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await service.AdminClient().DeleteAsync($"/api/v1/overrides/{id}")).StatusCode);
    }

    public static TheoryData<string, string> InvalidOverrides => new()
    {
        { "reason missing", "reason" },
        { "reason blank", "reason" },
        { "reason 501 characters", "reason" },
        { "basket 0", "systemBasket" },
        { "basket 19", "systemBasket" },
        { "neither basket nor factor", "systemBasket" },
        { "unknown factor", "riskFactorId" },
        { "factor of another basket", "riskFactorId" },
        { "unknown market", "marketId" },
        { "malformed market id", "marketId" },
        { "market id missing", "marketId" },
    };

    [Theory]
    [MemberData(nameof(InvalidOverrides))]
    public async Task An_invalid_override_is_a_400_naming_the_field_and_changes_nothing(string invalid, string field)
    {
        var id = await CategorizedMarketAsync();
        var body = new Dictionary<string, object?> { ["marketId"] = id.ToString(), ["systemBasket"] = 4, ["reason"] = "because" };
        switch (invalid)
        {
            case "reason missing": body.Remove("reason"); break;
            case "reason blank": body["reason"] = "   "; break;
            case "reason 501 characters": body["reason"] = new string('r', 501); break;
            case "basket 0": body["systemBasket"] = 0; break;
            case "basket 19": body["systemBasket"] = 19; break;
            case "neither basket nor factor": body.Remove("systemBasket"); break;
            case "unknown factor": body["riskFactorId"] = "rates.no-such-factor"; break;
            case "factor of another basket": body["riskFactorId"] = "crypto.bitcoin"; break;
            case "unknown market": body["marketId"] = CategorizationService.NewMarketId().ToString(); break;
            case "malformed market id": body["marketId"] = "nyse:AAPL"; break;
            case "market id missing": body.Remove("marketId"); break;
        }

        var response = await service.AdminClient().PostAsJsonAsync("/api/v1/overrides", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await CategorizationService.JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{invalid}: {problem}");
        Assert.Equal(0, await service.WithDbAsync(db => db.Overrides.CountAsync(o => o.MarketId == id)));
        Assert.Single(await service.CategorizedEventsAsync(id));
    }

    [Fact]
    public async Task Deleting_with_a_malformed_market_id_is_a_400()
    {
        var response = await service.AdminClient().DeleteAsync("/api/v1/overrides/not-a-market");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await CategorizationService.JsonAsync(response)).GetProperty("errors").TryGetProperty("marketId", out _));
    }

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "POST", "/api/v1/overrides" },
        { "DELETE", "/api/v1/overrides/kalshi:KX-ANY" },
        { "GET", "/api/v1/overrides" },
        { "GET", "/api/v1/categorization/review" },
        { "POST", "/api/v1/categorization/preview" },
        { "GET", "/api/v1/categorization/jobs/latest" },
        { "GET", $"/api/v1/categorization/jobs/{Guid.Empty}" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_endpoints_are_403_for_users_and_401_without_a_token(string method, string path)
    {
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST") request.Content = JsonContent.Create(new { marketId = "kalshi:KX-ANY", systemBasket = 4, reason = "x", title = "x" });
            return request;
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await service.UserClient().SendAsync(Request())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Factory.CreateClient().SendAsync(Request())).StatusCode);
    }

    [Fact]
    public async Task A_user_cannot_override_and_nothing_changes()
    {
        var id = await CategorizedMarketAsync();
        var response = await service.UserClient().PostAsJsonAsync("/api/v1/overrides", new { marketId = id.ToString(), systemBasket = 18, reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await service.CategorizedEventsAsync(id));
        Assert.Equal(0, await service.WithDbAsync(db => db.Overrides.CountAsync(o => o.MarketId == id)));
    }
}
