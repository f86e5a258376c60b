using System.Globalization;
using System.Net;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Polymarket;

/// <summary>CLOB order matching; each test lists its own market so books start untouched.</summary>
public sealed class PolymarketTradingTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Fill_or_kill_beyond_the_depth_is_killed_and_within_it_fills()
    {
        var (wallet, yes, asks) = await Setup();
        var limit = asks[2].Price;
        var depth = asks.Where(a => a.Price <= limit).Sum(a => a.Size);
        var (status, killed) = await Post(wallet, wallet.Order(yes, "BUY", limit, depth + 10, "FOK"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("FOK", killed.GetProperty("error").GetString());
        Assert.Equal("100000000000", await Collateral(wallet));

        var (okStatus, filled) = await Post(wallet, wallet.Order(yes, "BUY", limit, Math.Floor(depth / 2), "FOK"));
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal("matched", filled.GetProperty("status").GetString());
        Assert.Equal(Math.Floor(depth / 2), Dec(filled.GetProperty("takingAmount").GetString()!));
    }

    [Fact]
    public async Task Fill_and_kill_takes_what_is_there_and_cancels_the_rest()
    {
        var (wallet, yes, asks) = await Setup();
        var limit = asks[1].Price;
        var depth = asks.Where(a => a.Price <= limit).Sum(a => a.Size);
        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", limit, depth + 100, "FAK"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(depth, Dec(body.GetProperty("takingAmount").GetString()!));
        Assert.NotEmpty(body.GetProperty("tradeIDs").EnumerateArray());
        Assert.Empty((await OpenOrders(wallet)).EnumerateArray());

        var (_, trades) = await _client.SendJson(wallet.L2(HttpMethod.Get, "/data/trades"));
        Assert.Equal(depth, trades.GetProperty("data").EnumerateArray().Sum(t => Dec(t.GetProperty("size").GetString()!)));
        var positions = await _client.GetJson($"/polymarket/data/positions?user={wallet.Address}");
        Assert.Equal(depth, Assert.Single(positions.EnumerateArray()).GetProperty("size").GetDecimal());
    }

    [Fact]
    public async Task Good_till_cancelled_rests_shows_in_open_orders_and_cancels()
    {
        var (wallet, yes, asks) = await Setup();
        var price = asks[0].Price - 0.05m;
        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", price, 20, "GTC"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("live", body.GetProperty("status").GetString());
        var orderId = body.GetProperty("orderID").GetString()!;
        var open = Assert.Single((await OpenOrders(wallet)).EnumerateArray());
        Assert.Equal(orderId, open.GetProperty("id").GetString());
        var book = await _client.GetJson($"/polymarket/clob/book?token_id={yes}");
        Assert.Contains(book.GetProperty("bids").EnumerateArray(), l => Dec(l.GetProperty("price").GetString()!) == price);

        var (cancelStatus, cancel) = await _client.SendJson(wallet.L2(HttpMethod.Delete, "/order", JsonSerializer.Serialize(new { orderID = orderId })));
        Assert.Equal(HttpStatusCode.OK, cancelStatus);
        Assert.Equal(orderId, Assert.Single(cancel.GetProperty("canceled").EnumerateArray()).GetString());
        Assert.Empty((await OpenOrders(wallet)).EnumerateArray());
    }

    [Fact]
    public async Task Buying_the_no_token_trades_against_yes_bids()
    {
        var (wallet, _, _) = await Setup();
        var (_, no, _) = await PolyWallet.Fixture(_client);
        var noBook = await _client.GetJson($"/polymarket/clob/book?token_id={no}");
        var bestNoAsk = Dec(noBook.GetProperty("asks").EnumerateArray().Last().GetProperty("price").GetString()!);
        var (status, body) = await Post(wallet, wallet.Order(no, "BUY", bestNoAsk, 5, "FOK"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5m, Dec(body.GetProperty("takingAmount").GetString()!));
        var (_, balance) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/balance-allowance?asset_type=CONDITIONAL&token_id={no}"));
        Assert.Equal("5000000", balance.GetProperty("balance").GetString());
    }

    [Fact]
    public async Task Tick_size_minimum_size_and_balance_rules_are_enforced()
    {
        var (wallet, yes, _) = await Setup();
        var (_, tick) = await Post(wallet, wallet.Order(yes, "BUY", 0.505m, 10, "GTC"));
        Assert.StartsWith("INVALID_ORDER_MIN_TICK_SIZE", tick.GetProperty("error").GetString());
        var (_, size) = await Post(wallet, wallet.Order(yes, "BUY", 0.40m, 2, "GTC"));
        Assert.StartsWith("INVALID_ORDER_MIN_SIZE", size.GetProperty("error").GetString());
        var (_, sell) = await Post(wallet, wallet.Order(yes, "SELL", 0.40m, 10, "GTC"));
        Assert.Contains("not enough balance", sell.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Batches_place_several_orders_and_cancel_all_clears_them()
    {
        var (wallet, yes, asks) = await Setup();
        var batch = $"[{wallet.Order(yes, "BUY", asks[0].Price - 0.04m, 10, "GTC")},{wallet.Order(yes, "BUY", asks[0].Price - 0.05m, 10, "GTC")},{wallet.Order(yes, "BUY", 0.505m, 10, "GTC")}]";
        var (status, results) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/orders", batch));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([true, true, false], results.EnumerateArray().Select(r => r.GetProperty("success").GetBoolean()));
        var id = results[0].GetProperty("orderID").GetString();
        var (_, order) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/order/{id}"));
        Assert.Equal("LIVE", order.GetProperty("status").GetString());
        Assert.Equal(2, (await OpenOrders(wallet)).GetArrayLength());

        var (_, canceled) = await _client.SendJson(wallet.L2(HttpMethod.Delete, "/cancel-all"));
        Assert.Equal(2, canceled.GetProperty("canceled").GetArrayLength());
        Assert.Empty((await OpenOrders(wallet)).EnumerateArray());
        (_, order) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/order/{id}"));
        Assert.Equal("CANCELED", order.GetProperty("status").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(PolyWallet wallet, string body) =>
        await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", body));

    private async Task<JsonElement> OpenOrders(PolyWallet wallet) =>
        (await _client.SendJson(wallet.L2(HttpMethod.Get, "/data/orders"))).Body.GetProperty("data");

    private async Task<string> Collateral(PolyWallet wallet) =>
        (await _client.SendJson(wallet.L2(HttpMethod.Get, "/balance-allowance?asset_type=COLLATERAL"))).Body.GetProperty("balance").GetString()!;

    /// <summary>A registered wallet and a fresh market's YES token with its asks, best first.</summary>
    private async Task<(PolyWallet Wallet, string Yes, List<(decimal Price, decimal Size)> Asks)> Setup()
    {
        var wallet = PolyWallet.Random();
        await wallet.Register(_client);
        var (yes, _, _) = await PolyWallet.Fixture(_client);
        var book = await _client.GetJson($"/polymarket/clob/book?token_id={yes}");
        var asks = book.GetProperty("asks").EnumerateArray().Reverse()
            .Select(l => (Dec(l.GetProperty("price").GetString()!), Dec(l.GetProperty("size").GetString()!))).ToList();
        return (wallet, yes, asks);
    }

    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
