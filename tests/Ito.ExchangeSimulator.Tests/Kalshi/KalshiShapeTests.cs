using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Kalshi;

/// <summary>No Kalshi capture ships with the docs, so the schema facts of EXCHANGES.md A.4–A.7 are checked directly.</summary>
public sealed class KalshiShapeTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Api = "/kalshi/trade-api/v2";
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] RequiredMarketFields =
    [
        "ticker", "event_ticker", "market_type", "yes_sub_title", "no_sub_title", "created_time", "updated_time", "open_time",
        "close_time", "latest_expiration_time", "settlement_timer_seconds", "status", "notional_value_dollars", "yes_bid_dollars",
        "yes_ask_dollars", "no_bid_dollars", "no_ask_dollars", "yes_bid_size_fp", "yes_ask_size_fp", "last_price_dollars",
        "previous_yes_bid_dollars", "previous_yes_ask_dollars", "previous_price_dollars", "volume_fp", "volume_24h_fp",
        "open_interest_fp", "result", "can_close_early", "expiration_value", "rules_primary", "rules_secondary",
        "price_level_structure", "price_ranges",
    ];

    private static readonly string[] RemovedLegacyFields =
        ["yes_bid", "yes_ask", "no_bid", "no_ask", "last_price", "volume", "volume_24h", "open_interest", "liquidity", "tick_size", "response_price_units"];

    [Fact]
    public async Task Markets_carry_every_required_field_in_fixed_point_form_only()
    {
        var body = await _client.GetJson($"{Api}/markets?limit=200");
        foreach (var market in body.GetProperty("markets").EnumerateArray())
        {
            foreach (var field in RequiredMarketFields) Assert.True(market.TryGetProperty(field, out _), $"missing {field}");
            foreach (var field in RemovedLegacyFields) Assert.False(market.TryGetProperty(field, out _), $"legacy {field} present");
            foreach (var property in market.EnumerateObject().Where(p => p.Name.EndsWith("_dollars", StringComparison.Ordinal)))
                Assert.Matches(@"^\d+\.\d{4}$", property.Value.GetString());
            foreach (var property in market.EnumerateObject().Where(p => p.Name.EndsWith("_fp", StringComparison.Ordinal)))
                Assert.Matches(@"^-?\d+\.\d{2}$", property.Value.GetString());
            Assert.Contains(market.GetProperty("status").GetString(), new[] { "initialized", "inactive", "active", "closed", "determined", "finalized" });
            Assert.True(DateTimeOffset.TryParse(market.GetProperty("close_time").GetString(), out _));
        }
    }

    [Fact]
    public async Task Every_object_lists_its_keys_alphabetically()
    {
        var ticker = (await _client.GetJson($"{Api}/markets?limit=1&status=open")).GetProperty("markets")[0].GetProperty("ticker").GetString();
        var market = await _client.GetJson($"{Api}/markets/{ticker}");
        var eventTicker = market.GetProperty("market").GetProperty("event_ticker").GetString();
        foreach (var body in new[]
        {
            await _client.GetJson($"{Api}/markets?limit=20"), market, await _client.GetJson($"{Api}/events?limit=5&with_nested_markets=true"),
            await _client.GetJson($"{Api}/events/{eventTicker}"), await _client.GetJson($"{Api}/series"),
            await _client.GetJson($"{Api}/markets/{ticker}/orderbook"), await _client.GetJson($"{Api}/markets/nope", System.Net.HttpStatusCode.NotFound),
        })
        {
            AssertAlphabetical(body, "$");
        }
    }

    [Fact]
    public async Task Orderbook_lists_yes_and_no_bids_ascending_with_best_last()
    {
        var ticker = (await _client.GetJson($"{Api}/markets?limit=1&status=open")).GetProperty("markets")[0].GetProperty("ticker").GetString();
        var book = (await _client.GetJson($"{Api}/markets/{ticker}/orderbook")).GetProperty("orderbook_fp");
        var yes = book.GetProperty("yes_dollars").EnumerateArray().Select(l => decimal.Parse(l[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var no = book.GetProperty("no_dollars").EnumerateArray().Select(l => decimal.Parse(l[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(yes.Count >= 3 && no.Count >= 3);
        Assert.Equal(yes.OrderBy(p => p), yes);
        Assert.Equal(no.OrderBy(p => p), no);
        // YES ask = 1 − best NO bid, and it must sit above the best YES bid.
        Assert.True(yes[^1] < 1 - no[^1]);
        var depth1 = (await _client.GetJson($"{Api}/markets/{ticker}/orderbook?depth=1")).GetProperty("orderbook_fp");
        Assert.Equal(1, depth1.GetProperty("yes_dollars").GetArrayLength());
        var batch = await _client.GetJson($"{Api}/markets/orderbooks?tickers={ticker}");
        Assert.Equal(ticker, batch.GetProperty("orderbooks")[0].GetProperty("ticker").GetString());
    }

    [Fact]
    public async Task Errors_use_the_kalshi_error_shape()
    {
        var error = await _client.GetJson($"{Api}/markets/KXNOPE-00", System.Net.HttpStatusCode.NotFound);
        Assert.Equal(JsonValueKind.String, error.GetProperty("error").GetProperty("code").ValueKind);
        Assert.Equal(JsonValueKind.String, error.GetProperty("error").GetProperty("message").ValueKind);
        await _client.GetJson($"{Api}/markets?limit=1001", System.Net.HttpStatusCode.BadRequest);
        await _client.GetJson($"{Api}/markets?status=bogus", System.Net.HttpStatusCode.BadRequest);
        await _client.GetJson($"{Api}/events?limit=201", System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Series_events_and_exchange_status_have_the_documented_fields()
    {
        var series = (await _client.GetJson($"{Api}/series")).GetProperty("series");
        Assert.True(series.GetArrayLength() > 20);
        foreach (var field in new[] { "ticker", "frequency", "title", "category", "tags", "settlement_sources", "fee_type", "fee_multiplier" })
            Assert.True(series[0].TryGetProperty(field, out _), field);
        var one = await _client.GetJson($"{Api}/series/{series[0].GetProperty("ticker").GetString()}");
        Assert.Equal(series[0].GetProperty("ticker").GetString(), one.GetProperty("series").GetProperty("ticker").GetString());
        var events = (await _client.GetJson($"{Api}/events?limit=50&with_nested_markets=true")).GetProperty("events");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("mutually_exclusive").GetBoolean() && e.GetProperty("markets").GetArrayLength() > 1);
        var status = await _client.GetJson($"{Api}/exchange/status");
        Assert.True(status.GetProperty("exchange_active").GetBoolean());
        Assert.True(status.GetProperty("trading_active").GetBoolean());
    }

    private static void AssertAlphabetical(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = element.EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(names.SequenceEqual(names.Order(StringComparer.Ordinal)), $"{path} keys not alphabetical: {string.Join(",", names)}");
            foreach (var p in element.EnumerateObject()) AssertAlphabetical(p.Value, $"{path}.{p.Name}");
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) AssertAlphabetical(item, path + "[]");
        }
    }
}
