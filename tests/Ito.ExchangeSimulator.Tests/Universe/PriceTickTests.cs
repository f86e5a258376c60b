using System.Globalization;
using System.Net;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;
using Ito.ExchangeSimulator.Tests.Kalshi;
using Ito.ExchangeSimulator.Tests.Polymarket;

namespace Ito.ExchangeSimulator.Tests.Universe;

/// <summary>Price ticks driven through <c>POST /admin/tick</c> (the background ticker is off in tests).</summary>
public sealed class PriceTickTests : IAsyncLifetime
{
    private readonly ConfiguredSimulatorFactory _factory = new(new Dictionary<string, string?>
    {
        ["Simulator:MarketCount"] = "300",
        ["Simulator:TickFraction"] = "1",
    });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Ticks_move_prices_print_trades_and_keep_books_uncrossed()
    {
        var before = await LastPrices();
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.NoContent, (await _client.PostAsync("/admin/tick", null)).StatusCode);
        var after = await LastPrices();
        Assert.True(after.Count(kv => before[kv.Key] != kv.Value) > 20);
        var markets = (await _client.GetJson("/kalshi/trade-api/v2/markets?status=open&limit=1000")).GetProperty("markets").EnumerateArray();
        Assert.All(markets, m => Assert.True(Dec(m, "yes_bid_dollars") < Dec(m, "yes_ask_dollars"), m.GetProperty("ticker").GetString()));
        Assert.True((await _client.GetJson("/kalshi/trade-api/v2/markets/trades?limit=50")).GetProperty("trades").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_resting_order_is_filled_when_the_price_moves_through_it()
    {
        // Quotes just inside the spread on both sides: whichever way the walk goes, one of them is crossed.
        var signer = await KalshiSigner.Register(_client);
        var market = (await _client.GetJson("/kalshi/trade-api/v2/markets?status=open&limit=1000")).GetProperty("markets").EnumerateArray()
            .First(m => m.GetProperty("price_level_structure").GetString() == "linear_cent" && Dec(m, "last_price_dollars") is > 0.3m and < 0.7m);
        var ticker = market.GetProperty("ticker").GetString()!;
        await Quote(signer, ticker, "bid", Dec(market, "yes_ask_dollars") - 0.01m);
        await Quote(signer, ticker, "ask", Dec(market, "yes_bid_dollars") + 0.01m);

        for (var i = 0; i < 300 && (await RestingCount(signer)) == 2; i++) await _client.PostAsync("/admin/tick", null);

        var (_, orders) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/orders"));
        Assert.Contains(orders.GetProperty("orders").EnumerateArray(), o => o.GetProperty("status").GetString() == "executed");
        var (_, fills) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/fills"));
        var fill = fills.GetProperty("fills")[0];
        Assert.False(fill.GetProperty("is_taker").GetBoolean());
        Assert.Equal("10.00", fill.GetProperty("count_fp").GetString());
    }

    private async Task Quote(KalshiSigner signer, string ticker, string side, decimal price)
    {
        var (status, _) = await _client.SendJson(signer.Request(HttpMethod.Post, "/portfolio/events/orders", new
        {
            ticker, side, count = "10.00", price = price.ToString("0.0000", CultureInfo.InvariantCulture),
            time_in_force = "good_till_canceled", self_trade_prevention_type = "taker_at_cross",
        }));
        Assert.Equal(HttpStatusCode.Created, status);
    }

    private async Task<int> RestingCount(KalshiSigner signer)
    {
        var (_, orders) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/orders?status=resting"));
        return orders.GetProperty("orders").GetArrayLength();
    }

    [Fact]
    public async Task Good_till_date_needs_an_expiration_a_minute_out()
    {
        var wallet = PolyWallet.Random();
        await wallet.Register(_client);
        var (yes, _, _) = await PolyWallet.Fixture(_client);
        var soon = DateTimeOffset.UtcNow.AddSeconds(30).ToUnixTimeSeconds();
        var (rejected, body) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", wallet.Order(yes, "BUY", 0.3m, 10, "GTD", expiration: soon)));
        Assert.Equal(HttpStatusCode.BadRequest, rejected);
        Assert.Contains("expiration", body.GetProperty("error").GetString());
        var later = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var (accepted, live) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", wallet.Order(yes, "BUY", 0.3m, 10, "GTD", expiration: later)));
        Assert.Equal(HttpStatusCode.OK, accepted);
        Assert.Equal("live", live.GetProperty("status").GetString());
    }

    private async Task<JsonElement> OpenOrders(PolyWallet wallet) =>
        (await _client.SendJson(wallet.L2(HttpMethod.Get, "/data/orders"))).Body.GetProperty("data");

    private async Task<Dictionary<string, string>> LastPrices() =>
        (await _client.GetJson("/kalshi/trade-api/v2/markets?limit=1000")).GetProperty("markets").EnumerateArray()
            .ToDictionary(m => m.GetProperty("ticker").GetString()!, m => m.GetProperty("last_price_dollars").GetString()!);

    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
}
