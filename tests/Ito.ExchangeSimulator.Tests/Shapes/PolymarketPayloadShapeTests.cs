using System.Globalization;
using System.Text.Json;
using Ito.ExchangeSimulator.Polymarket.Clob;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Shapes;

/// <summary>Each recorded Polymarket body in ../shared/venues/payloads against the simulator's equivalent response.</summary>
public sealed class PolymarketPayloadShapeTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Gamma_market_matches_the_recorded_market()
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload("polymarket_gamma_GET_markets_559651"));
        var id = await OpenMarketId(negRisk: false);
        var actual = await _client.GetJson($"/polymarket/gamma/markets/{id}?include_tag=true");
        JsonShape.AssertMatches(sample, actual);
        AssertJsonInStringFields(actual);
    }

    [Fact]
    public async Task Gamma_event_matches_the_recorded_event()
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload("polymarket_gamma_GET_events_2890"));
        var events = await _client.GetJson("/polymarket/gamma/events?closed=true&limit=100");
        var id = events.EnumerateArray().First(e => !e.GetProperty("negRisk").GetBoolean() && e.GetProperty("markets").GetArrayLength() == 1).GetProperty("id").GetString();
        var actual = await _client.GetJson($"/polymarket/gamma/events/{id}");
        JsonShape.AssertMatches(sample, actual);
        foreach (var market in actual.GetProperty("markets").EnumerateArray()) AssertJsonInStringFields(market);
        // Markets carry liquidity/volume as decimal strings, events as numbers (a real Gamma asymmetry).
        Assert.Equal(JsonValueKind.Number, actual.GetProperty("volume").ValueKind);
        Assert.Equal(JsonValueKind.String, actual.GetProperty("markets")[0].GetProperty("volume").ValueKind);
    }

    [Theory]
    [InlineData("polymarket_clob_GET_book_token_323382201900")]
    [InlineData("polymarket_clob_GET_book_token_256593106749")]
    [InlineData("polymarket_clob_GET_book_token_545330438199")]
    [InlineData("polymarket_clob_GET_book_trimmed")]
    public async Task Clob_book_matches_the_recorded_book_and_hashes_the_same_way(string payload)
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload(payload));
        if (!payload.Contains("trimmed", StringComparison.Ordinal))
        {
            // The served hash of a live capture is reproduced by the simulator's hashing.
            Assert.Equal(sample.GetProperty("hash").GetString(), BookSummary.FromJson(sample).Hash());
        }
        AssertBestLast(sample);

        var (yes, no, _) = await OpenMarketTokens(negRisk: false);
        foreach (var token in new[] { yes, no })
        {
            var actual = await _client.GetJson($"/polymarket/clob/book?token_id={token}");
            JsonShape.AssertMatches(sample, actual);
            Assert.Equal(actual.GetProperty("hash").GetString(), BookSummary.FromJson(actual).Hash());
            AssertBestLast(actual);
            Assert.Equal(new[] { "market", "asset_id", "timestamp", "hash", "bids", "asks", "min_order_size", "tick_size", "neg_risk", "last_trade_price" },
                actual.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Book_hash_matches_the_py_clob_client_vector()
    {
        var summary = new BookSummary("0xaabbcc", "100", "123456789", [("0.3", "100"), ("0.4", "100")], [("0.6", "100"), ("0.7", "100")],
            "100", "0.01", false, "0.5");
        Assert.Equal("0458ea5755c9f73d64a14636fa5c36ed460ec394", summary.Hash());
    }

    [Fact]
    public async Task Clob_market_matches_the_recorded_market()
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload("polymarket_clob_GET_markets_conditionId_trimmed"));
        var (_, _, condition) = await OpenMarketTokens(negRisk: false);
        JsonShape.AssertMatches(sample, await _client.GetJson($"/polymarket/clob/markets/{condition}"));
    }

    [Fact]
    public async Task Compact_clob_market_matches_the_recorded_one()
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload("polymarket_clob_GET_clob-markets_conditionId"));
        var (_, _, condition) = await OpenMarketTokens(negRisk: true);
        var actual = await _client.GetJson($"/polymarket/clob/clob-markets/{condition}");
        JsonShape.AssertMatches(sample, actual);
        Assert.True(actual.GetProperty("nr").GetBoolean());
    }

    [Fact]
    public async Task Prices_history_matches_the_recorded_history()
    {
        var sample = HttpJson.ParseFile(RepoPaths.Payload("UNLABELED_polymarket_clob_GET_prices-history"));
        var (yes, _, _) = await OpenMarketTokens(negRisk: false);
        var actual = await _client.GetJson($"/polymarket/clob/prices-history?market={yes}&interval=1d&fidelity=60");
        JsonShape.AssertMatches(sample, actual);
        var times = actual.GetProperty("history").EnumerateArray().Select(p => p.GetProperty("t").GetInt64()).ToList();
        Assert.True(times.Count >= 24);
        Assert.Equal(times.OrderBy(t => t), times);
    }

    [Fact]
    public async Task Simple_clob_endpoints_answer_like_the_venue()
    {
        var (yes, _, _) = await OpenMarketTokens(negRisk: false);
        Assert.Equal(JsonValueKind.String, (await _client.GetJson($"/polymarket/clob/midpoint?token_id={yes}")).GetProperty("mid").ValueKind);
        Assert.Equal(JsonValueKind.String, (await _client.GetJson($"/polymarket/clob/price?token_id={yes}&side=BUY")).GetProperty("price").ValueKind);
        Assert.Equal(JsonValueKind.Number, (await _client.GetJson($"/polymarket/clob/tick-size?token_id={yes}")).GetProperty("minimum_tick_size").ValueKind);
        Assert.False((await _client.GetJson($"/polymarket/clob/neg-risk?token_id={yes}")).GetProperty("neg_risk").GetBoolean());
        Assert.Equal(2, (await _client.GetJson("/polymarket/clob/version")).GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Number, (await _client.GetJson("/polymarket/clob/time")).ValueKind);
        var missing = await _client.GetJson("/polymarket/clob/book?token_id=1", System.Net.HttpStatusCode.NotFound);
        Assert.Equal(JsonValueKind.String, missing.GetProperty("error").ValueKind);
        var books = await _client.PostAsync("/polymarket/clob/books", new StringContent($"[{{\"token_id\":\"{yes}\"}}]"));
        Assert.Equal(1, JsonDocument.Parse(await books.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }

    private static void AssertJsonInStringFields(JsonElement market)
    {
        foreach (var name in new[] { "outcomes", "outcomePrices", "clobTokenIds", "umaResolutionStatuses" })
        {
            Assert.Equal(JsonValueKind.String, market.GetProperty(name).ValueKind);
            Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(market.GetProperty(name).GetString()!).RootElement.ValueKind);
        }
        var tokens = JsonDocument.Parse(market.GetProperty("clobTokenIds").GetString()!).RootElement;
        Assert.Equal(2, tokens.GetArrayLength());
        Assert.All(tokens.EnumerateArray(), t => Assert.True(System.Numerics.BigInteger.TryParse(t.GetString(), out _)));
        Assert.Matches("^0x[0-9a-f]{64}$", market.GetProperty("conditionId").GetString());
    }

    /// <summary>Live books send bids ascending and asks descending: the best of each side is the last element.</summary>
    private static void AssertBestLast(JsonElement book)
    {
        static List<decimal> Prices(JsonElement side) =>
            side.EnumerateArray().Select(l => decimal.Parse(l.GetProperty("price").GetString()!, CultureInfo.InvariantCulture)).ToList();
        var bids = Prices(book.GetProperty("bids"));
        var asks = Prices(book.GetProperty("asks"));
        Assert.Equal(bids.OrderBy(p => p), bids);
        Assert.Equal(asks.OrderByDescending(p => p), asks);
        if (bids.Count > 0 && asks.Count > 0) Assert.True(bids[^1] < asks[^1], "best bid must be below best ask");
    }

    private async Task<string> OpenMarketId(bool negRisk)
    {
        var markets = await _client.GetJson("/polymarket/gamma/markets?limit=200");
        return markets.EnumerateArray().First(m => m.GetProperty("negRisk").GetBoolean() == negRisk && m.GetProperty("acceptingOrders").GetBoolean())
            .GetProperty("id").GetString()!;
    }

    private async Task<(string Yes, string No, string ConditionId)> OpenMarketTokens(bool negRisk)
    {
        var market = await _client.GetJson($"/polymarket/gamma/markets/{await OpenMarketId(negRisk)}");
        var tokens = JsonDocument.Parse(market.GetProperty("clobTokenIds").GetString()!).RootElement;
        return (tokens[0].GetString()!, tokens[1].GetString()!, market.GetProperty("conditionId").GetString()!);
    }
}
