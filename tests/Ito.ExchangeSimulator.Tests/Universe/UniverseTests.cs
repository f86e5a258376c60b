using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Universe;

public sealed class UniverseTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] SystemBaskets =
    [
        "US Elections", "US Government & Policy", "Geopolitics & Conflict", "Monetary Policy & Rates", "Inflation & Macro Data",
        "Equities & Corporate", "Crypto", "Energy", "Metals & Agriculture", "Climate & Weather", "Technology & AI",
        "Health & Pandemics", "Trade & Tariffs", "Sports", "Entertainment & Culture", "Science & Space", "Legal & Regulatory",
        "Global Economy & FX",
    ];

    [Fact]
    public void Theme_catalog_covers_all_18_system_baskets_on_both_venues()
    {
        var themes = Ito.ExchangeSimulator.Universe.ThemeCatalog.All;
        Assert.Equal(SystemBaskets, themes.Select(t => t.Name));
        Assert.All(themes, t => Assert.True(t.Templates.Length >= 2, t.Name));
    }

    [Fact]
    public async Task Same_seed_gives_the_same_universe_and_another_seed_a_different_one()
    {
        await using var twin = new ConfiguredSimulatorFactory(new Dictionary<string, string?>());
        await using var other = new ConfiguredSimulatorFactory(new Dictionary<string, string?> { ["Simulator:Seed"] = "7" });
        const string kalshi = "/kalshi/trade-api/v2/markets?limit=300";
        const string gamma = "/polymarket/gamma/markets/keyset?limit=100&closed=true";
        Assert.Equal(await Text(_client, kalshi), await Text(twin.CreateClient(), kalshi));
        Assert.Equal(await Text(_client, gamma), await Text(twin.CreateClient(), gamma));
        Assert.NotEqual(await Text(_client, kalshi), await Text(other.CreateClient(), kalshi));
    }

    [Fact]
    public async Task Universe_holds_at_least_5000_markets_across_both_venues()
    {
        var universe = await _client.GetJson("/admin/universe");
        Assert.Equal(5000, universe.GetProperty("marketCount").GetInt32());
        Assert.True(universe.GetProperty("kalshiMarkets").GetInt32() > 2000);
        Assert.True(universe.GetProperty("polymarketMarkets").GetInt32() > 2000);
    }

    [Fact]
    public async Task Kalshi_series_carry_categories_and_tickers_follow_venue_style()
    {
        var series = (await _client.GetJson("/kalshi/trade-api/v2/series")).GetProperty("series").EnumerateArray().ToList();
        Assert.True(series.Select(s => s.GetProperty("category").GetString()).Distinct().Count() >= 8);
        var markets = (await _client.GetJson("/kalshi/trade-api/v2/markets?limit=1000")).GetProperty("markets").EnumerateArray().ToList();
        Assert.All(markets, m => Assert.Matches("^KX[A-Z0-9]+-[0-9A-Z]+(-[0-9]+)?-[A-Z0-9.]+$", m.GetProperty("ticker").GetString()));
        Assert.Contains(markets, m => m.GetProperty("ticker").GetString()!.StartsWith("KXFEDDECISION-", StringComparison.Ordinal));
        Assert.Contains(markets, m => m.GetProperty("result").GetString() is "yes" or "no");
    }

    [Fact]
    public async Task Polymarket_neg_risk_events_hold_several_markets_with_their_own_ids()
    {
        var events = await _client.GetJson("/polymarket/gamma/events?limit=300");
        var negRisk = events.EnumerateArray().First(e => e.GetProperty("negRisk").GetBoolean());
        var markets = negRisk.GetProperty("markets").EnumerateArray().ToList();
        Assert.True(markets.Count >= 2);
        Assert.Equal(markets.Count, markets.Select(m => m.GetProperty("conditionId").GetString()).Distinct().Count());
        var tokens = markets.SelectMany(m => JsonDocument.Parse(m.GetProperty("clobTokenIds").GetString()!).RootElement.EnumerateArray().Select(t => t.GetString()!)).ToList();
        Assert.Equal(markets.Count * 2, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.True(BigInteger.Parse(t, CultureInfo.InvariantCulture) < BigInteger.Pow(2, 256)));
        Assert.All(markets, m => Assert.True(m.GetProperty("negRisk").GetBoolean()));
    }

    [Fact]
    public async Task Kalshi_candlesticks_cover_400_days_and_end_at_the_current_price()
    {
        var market = (await _client.GetJson("/kalshi/trade-api/v2/markets?limit=1&status=open")).GetProperty("markets")[0];
        var ticker = market.GetProperty("ticker").GetString();
        var series = (await _client.GetJson($"/kalshi/trade-api/v2/events/{market.GetProperty("event_ticker").GetString()}")).GetProperty("event").GetProperty("series_ticker").GetString();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var body = await _client.GetJson($"/kalshi/trade-api/v2/series/{series}/markets/{ticker}/candlesticks?start_ts={now - 420 * 86400}&end_ts={now + 86400}&period_interval=1440");
        var candles = body.GetProperty("candlesticks").EnumerateArray().ToList();
        Assert.True(candles.Count >= 400, $"{candles.Count} daily candles");
        Assert.Equal(market.GetProperty("last_price_dollars").GetString(), candles[^1].GetProperty("price").GetProperty("close_dollars").GetString());
        var ends = candles.Select(c => c.GetProperty("end_period_ts").GetInt64()).ToList();
        Assert.All(ends.Zip(ends.Skip(1)), p => Assert.Equal(86400, p.Second - p.First));
        foreach (var c in candles)
        {
            var price = c.GetProperty("price");
            Assert.True(Dec(price, "low_dollars") <= Dec(price, "close_dollars") && Dec(price, "close_dollars") <= Dec(price, "high_dollars"));
        }

        var hourly = await _client.GetJson($"/kalshi/trade-api/v2/series/{series}/markets/{ticker}/candlesticks?start_ts={now - 86400}&end_ts={now}&period_interval=60");
        Assert.InRange(hourly.GetProperty("candlesticks").GetArrayLength(), 24, 25);
        var batch = await _client.GetJson($"/kalshi/trade-api/v2/markets/candlesticks?market_tickers={ticker}&start_ts={now - 3600}&end_ts={now}&period_interval=1");
        Assert.Equal(ticker, batch.GetProperty("markets")[0].GetProperty("market_ticker").GetString());
        await _client.GetJson($"/kalshi/trade-api/v2/series/{series}/markets/{ticker}/candlesticks?start_ts=1&end_ts=2&period_interval=5", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Polymarket_price_history_covers_400_days_and_ends_at_the_last_trade_price()
    {
        var market = (await _client.GetJson("/polymarket/gamma/markets?limit=1"))[0];
        var yes = JsonDocument.Parse(market.GetProperty("clobTokenIds").GetString()!).RootElement[0].GetString();
        var no = JsonDocument.Parse(market.GetProperty("clobTokenIds").GetString()!).RootElement[1].GetString();
        var history = (await _client.GetJson($"/polymarket/clob/prices-history?market={yes}&interval=max&fidelity=1440")).GetProperty("history").EnumerateArray().ToList();
        Assert.True(history.Count >= 400);
        Assert.Equal(market.GetProperty("lastTradePrice").GetDouble(), history[^1].GetProperty("p").GetDouble(), 6);
        Assert.All(history, p => Assert.InRange(p.GetProperty("p").GetDouble(), 0, 1));
        var noHistory = (await _client.GetJson($"/polymarket/clob/prices-history?market={no}&interval=max&fidelity=1440")).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(1, history[^1].GetProperty("p").GetDouble() + noHistory[^1].GetProperty("p").GetDouble(), 6);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var ranged = (await _client.GetJson($"/polymarket/clob/prices-history?market={yes}&startTs={now - 7200}&endTs={now}&fidelity=10")).GetProperty("history");
        Assert.InRange(ranged.GetArrayLength(), 12, 14);
    }

    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private static async Task<string> Text(HttpClient client, string url) => await (await client.GetAsync(url)).Content.ReadAsStringAsync();
}
