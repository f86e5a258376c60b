using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;
using Ito.ExchangeSimulator.Tests.Universe;

namespace Ito.ExchangeSimulator.Tests.Faults;

/// <summary>Markets appearing and disappearing between two listings, as a two-pass sync sees on the venues.</summary>
public sealed class ChurnTests
{
    [Fact]
    public async Task Kalshi_churn_removes_and_adds_markets_between_listings()
    {
        await using var factory = new ConfiguredSimulatorFactory(new Dictionary<string, string?> { ["Simulator:MarketCount"] = "2000" });
        var client = factory.CreateClient();
        var before = await PagingTests.KalshiTickers(client, 1000);
        var churn = await Churn(client, new { add = 12, remove = 9, venue = "kalshi" });
        var removed = churn.GetProperty("removed").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        var added = churn.GetProperty("added").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
        Assert.Equal(9, removed.Count);
        Assert.Equal(12, added.Count);

        var after = await PagingTests.KalshiTickers(client, 1000);
        Assert.Equal(before.Count - 9 + 12, after.Count);
        Assert.Empty(after.Intersect(removed));
        Assert.Equal(added.Order(), after.Except(before).Order());
        await client.GetJson($"/kalshi/trade-api/v2/markets/{removed[0]}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_page_walk_in_flight_never_repeats_a_market_when_the_universe_churns()
    {
        await using var factory = new ConfiguredSimulatorFactory(new Dictionary<string, string?> { ["Simulator:MarketCount"] = "2000" });
        var client = factory.CreateClient();
        var first = await client.GetJson("/kalshi/trade-api/v2/markets?limit=200");
        var seen = first.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("ticker").GetString()!).ToList();
        await Churn(client, new { add = 50, remove = 50 });
        var cursor = first.GetProperty("cursor").GetString()!;
        while (cursor.Length > 0)
        {
            var page = await client.GetJson($"/kalshi/trade-api/v2/markets?limit=200&cursor={Uri.EscapeDataString(cursor)}");
            seen.AddRange(page.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("ticker").GetString()!));
            cursor = page.GetProperty("cursor").GetString()!;
        }
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Polymarket_churn_shows_in_gamma_listings()
    {
        await using var factory = new ConfiguredSimulatorFactory(new Dictionary<string, string?> { ["Simulator:MarketCount"] = "1500" });
        var client = factory.CreateClient();
        async Task<List<string>> All() => [.. await PagingTests.GammaKeysetIds(client, "closed=false"), .. await PagingTests.GammaKeysetIds(client, "closed=true")];
        var before = await All();
        var churn = await Churn(client, new { add = 6, remove = 5, venue = "polymarket" });
        var after = await All();
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Empty(after.Intersect(churn.GetProperty("removed").EnumerateArray().Select(m => m.GetProperty("id").GetString()!)));
    }

    [Fact]
    public async Task Grow_extends_the_universe_for_benchmarks()
    {
        await using var factory = new ConfiguredSimulatorFactory(new Dictionary<string, string?> { ["Simulator:MarketCount"] = "500" });
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/admin/universe/grow", new { marketCount = 3000 });
        response.EnsureSuccessStatusCode();
        Assert.Equal(3000, (await client.GetJson("/admin/universe")).GetProperty("marketCount").GetInt32());
        var tickers = await PagingTests.KalshiTickers(client, 1000);
        Assert.Equal(tickers.Count, tickers.Distinct().Count());
    }

    private static async Task<JsonElement> Churn(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/admin/universe/churn", request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
