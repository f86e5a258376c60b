using System.Globalization;
using System.Net;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Kalshi;

/// <summary>Order matching through the V2 create/cancel endpoints; every test trades with its own key and market.</summary>
public sealed class KalshiTradingTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private static int _nextMarket;

    [Fact]
    public async Task Immediate_or_cancel_fills_the_depth_up_to_the_limit_and_cancels_the_rest()
    {
        var (signer, ticker, asks) = await Setup();
        var limit = asks[2].Price;
        var depth = asks.Where(a => a.Price <= limit).Sum(a => a.Size);
        var (status, body) = await Place(signer, ticker, "bid", depth + 500, limit, "immediate_or_cancel");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(Count(depth), body.GetProperty("fill_count").GetString());
        Assert.Equal("0.00", body.GetProperty("remaining_count").GetString());
        var order = await OnlyOrder(signer, ticker);
        Assert.Equal("canceled", order.GetProperty("status").GetString());
        Assert.Equal(Count(depth), order.GetProperty("fill_count_fp").GetString());
    }

    [Fact]
    public async Task Fill_or_kill_larger_than_the_book_is_killed_without_trading()
    {
        var (signer, ticker, asks) = await Setup();
        var limit = asks[1].Price;
        var depth = asks.Where(a => a.Price <= limit).Sum(a => a.Size);
        var (status, body) = await Place(signer, ticker, "bid", depth + 1, limit, "fill_or_kill");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("0.00", body.GetProperty("fill_count").GetString());
        Assert.Equal("100000.0000", (await Balance(signer)).GetProperty("balance_dollars").GetString());

        var (_, filled) = await Place(signer, ticker, "bid", depth, limit, "fill_or_kill");
        Assert.Equal(Count(depth), filled.GetProperty("fill_count").GetString());
    }

    [Fact]
    public async Task Good_till_canceled_rests_on_the_book_until_cancelled()
    {
        var (signer, ticker, asks) = await Setup();
        var price = asks[0].Price - 0.05m;
        var (status, body) = await Place(signer, ticker, "bid", 7, price, "good_till_canceled", "my-client-id-1");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("0.00", body.GetProperty("fill_count").GetString());
        Assert.Equal("7.00", body.GetProperty("remaining_count").GetString());
        var orderId = body.GetProperty("order_id").GetString();

        var (_, byClientId) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/orders?client_order_id=my-client-id-1"));
        var order = Assert.Single(byClientId.GetProperty("orders").EnumerateArray());
        Assert.Equal("resting", order.GetProperty("status").GetString());
        Assert.Equal("my-client-id-1", order.GetProperty("client_order_id").GetString());
        var (_, single) = await _client.SendJson(signer.Request(HttpMethod.Get, $"/portfolio/orders/{orderId}"));
        Assert.Equal("7.00", single.GetProperty("order").GetProperty("remaining_count_fp").GetString());
        var book = await _client.GetJson($"{KalshiSigner.Api}/markets/{ticker}/orderbook");
        Assert.Contains(book.GetProperty("orderbook_fp").GetProperty("yes_dollars").EnumerateArray(), l => l[0].GetString() == Dollars(price));

        var (cancelStatus, cancel) = await _client.SendJson(signer.Request(HttpMethod.Delete, $"/portfolio/events/orders/{orderId}"));
        Assert.Equal(HttpStatusCode.OK, cancelStatus);
        Assert.Equal("7.00", cancel.GetProperty("reduced_by").GetString());
        Assert.Equal("canceled", (await OnlyOrder(signer, ticker)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await _client.SendJson(signer.Request(HttpMethod.Delete, $"/portfolio/events/orders/{orderId}"))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Place(signer, ticker, "bid", 1, price, "good_till_canceled", "my-client-id-1")).Status);
    }

    [Fact]
    public async Task Fills_charge_the_quadratic_fee_and_update_balance_positions_and_fills()
    {
        var (signer, ticker, asks) = await Setup();
        var p = asks[0].Price;
        var (_, body) = await Place(signer, ticker, "bid", 10, p, "immediate_or_cancel");
        Assert.Equal("10.00", body.GetProperty("fill_count").GetString());
        var fee = Math.Ceiling(0.07m * 10 * p * (1 - p) * 100) / 100;
        Assert.Equal(Dollars(100_000m - 10 * p - fee), (await Balance(signer)).GetProperty("balance_dollars").GetString());

        var (_, positions) = await _client.SendJson(signer.Request(HttpMethod.Get, $"/portfolio/positions?ticker={ticker}"));
        var position = Assert.Single(positions.GetProperty("market_positions").EnumerateArray());
        Assert.Equal("10.00", position.GetProperty("position_fp").GetString());
        Assert.Equal(Dollars(fee), position.GetProperty("fees_paid_dollars").GetString());

        // Selling YES against the long position nets it down (Kalshi pairs YES with NO).
        var book = await Book(ticker);
        var bestBid = book.Bids[0].Price;
        await Place(signer, ticker, "ask", 4, bestBid, "immediate_or_cancel");
        (_, positions) = await _client.SendJson(signer.Request(HttpMethod.Get, $"/portfolio/positions?ticker={ticker}"));
        Assert.Equal("6.00", positions.GetProperty("market_positions")[0].GetProperty("position_fp").GetString());

        var (_, fills) = await _client.SendJson(signer.Request(HttpMethod.Get, $"/portfolio/fills?ticker={ticker}"));
        Assert.True(fills.GetProperty("fills").GetArrayLength() >= 2);
        Assert.True(fills.GetProperty("fills")[0].GetProperty("is_taker").GetBoolean());
        var trades = await _client.GetJson($"{KalshiSigner.Api}/markets/trades?ticker={ticker}");
        Assert.True(trades.GetProperty("trades").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Invalid_orders_are_refused()
    {
        var (signer, ticker, _) = await Setup();
        Assert.Equal(HttpStatusCode.BadRequest, (await Place(signer, ticker, "bid", 1, 0.555m, "good_till_canceled")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Place(signer, ticker, "buy", 1, 0.5m, "good_till_canceled")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Place(signer, "KXNOPE-00-X", "bid", 1, 0.5m, "good_till_canceled")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Place(signer, ticker, "bid", 10_000_000, 0.9m, "good_till_canceled")).Status);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Place(KalshiSigner signer, string ticker, string side, decimal count, decimal price,
        string timeInForce, string? clientOrderId = null) =>
        await _client.SendJson(signer.Request(HttpMethod.Post, "/portfolio/events/orders", new Dictionary<string, object?>
        {
            ["ticker"] = ticker, ["client_order_id"] = clientOrderId, ["side"] = side, ["count"] = Count(count), ["price"] = Dollars(price),
            ["time_in_force"] = timeInForce, ["self_trade_prevention_type"] = "taker_at_cross", ["post_only"] = false,
            ["reduce_only"] = false, ["subaccount"] = 0,
        }));

    private async Task<JsonElement> OnlyOrder(KalshiSigner signer, string ticker)
    {
        var (_, body) = await _client.SendJson(signer.Request(HttpMethod.Get, $"/portfolio/orders?ticker={ticker}"));
        return Assert.Single(body.GetProperty("orders").EnumerateArray());
    }

    private async Task<JsonElement> Balance(KalshiSigner signer) => (await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/balance"))).Body;

    /// <summary>A fresh key and an untouched open linear-cent market priced away from the edges.</summary>
    private async Task<(KalshiSigner Signer, string Ticker, List<(decimal Price, decimal Size)> Asks)> Setup()
    {
        var signer = await KalshiSigner.Register(_client);
        var markets = (await _client.GetJson($"{KalshiSigner.Api}/markets?status=open&limit=1000")).GetProperty("markets").EnumerateArray()
            .Where(m => m.GetProperty("price_level_structure").GetString() == "linear_cent")
            .Where(m => Dec(m.GetProperty("last_price_dollars").GetString()!) is > 0.2m and < 0.8m)
            .ToList();
        var ticker = markets[Interlocked.Increment(ref _nextMarket) * 7 % markets.Count].GetProperty("ticker").GetString()!;
        return (signer, ticker, (await Book(ticker)).Asks);
    }

    /// <summary>Best first: YES bids, and YES asks derived from NO bids.</summary>
    private async Task<(List<(decimal Price, decimal Size)> Bids, List<(decimal Price, decimal Size)> Asks)> Book(string ticker)
    {
        var book = (await _client.GetJson($"{KalshiSigner.Api}/markets/{ticker}/orderbook")).GetProperty("orderbook_fp");
        var bids = book.GetProperty("yes_dollars").EnumerateArray().Select(l => (Dec(l[0].GetString()!), Dec(l[1].GetString()!))).Reverse().ToList();
        var asks = book.GetProperty("no_dollars").EnumerateArray().Select(l => (1 - Dec(l[0].GetString()!), Dec(l[1].GetString()!))).Reverse().ToList();
        return (bids, asks);
    }

    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
    private static string Count(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
    private static string Dollars(decimal v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
