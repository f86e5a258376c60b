using System.Net;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Kalshi;

public class KalshiClientTests
{
    // The simulator serves Kalshi under a path prefix; relative request paths must keep it.
    private static readonly Uri SimulatorBase = new("http://127.0.0.1:5000/kalshi/trade-api/v2/");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1703123456789);

    private static (KalshiClient Client, StubHandler Stub) Create(Func<RecordedRequest, HttpResponseMessage> respond, bool withSigner = true)
    {
        var stub = new StubHandler(respond);
        var auth = new KalshiAuthHandler(withSigner ? new KalshiRequestSigner("key-id", TestRsaKey.PrivatePkcs1Pem) : null, new FixedTime(Now)) { InnerHandler = stub };
        return (new KalshiClient(new HttpClient(auth) { BaseAddress = SimulatorBase }), stub);
    }

    [Fact]
    public async Task Follows_the_markets_cursor_until_it_is_empty()
    {
        var (client, stub) = Create(r => StubHandler.Json(r.Uri.Query.Contains("cursor=c2")
            ? """{"markets":[{"ticker":"C"}],"cursor":""}"""
            : r.Uri.Query.Contains("cursor=c1") ? """{"markets":[{"ticker":"B"}],"cursor":"c2"}""" : """{"markets":[{"ticker":"A"}],"cursor":"c1"}"""));

        var tickers = await client.GetAllMarketsAsync(new KalshiMarketsQuery { Status = "open", Limit = 1000 }).Select(m => m.Ticker).ToListAsync();

        Assert.Equal(["A", "B", "C"], tickers);
        Assert.Equal(3, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.StartsWith("/kalshi/trade-api/v2/markets?limit=1000", r.PathAndQuery));
        Assert.All(stub.Requests, r => Assert.False(r.Headers.ContainsKey(KalshiAuthHeaders.SignatureHeader)));
    }

    [Fact]
    public async Task A_null_cursor_also_ends_paging()
    {
        var (client, stub) = Create(_ => StubHandler.Json("""{"trades":[{"trade_id":"t1","ticker":"X","count_fp":"3.00","yes_price_dollars":"0.4200"}],"cursor":null}"""));

        var trades = await client.GetAllTradesAsync(new KalshiTradesQuery { Ticker = "X" }).ToListAsync();

        Assert.Equal(0.42m, Assert.Single(trades).YesPriceDollars);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Portfolio_requests_are_signed_over_the_full_path_without_query()
    {
        var (client, stub) = Create(_ => StubHandler.Json("""{"balance":100,"balance_dollars":"1.0000"}"""));

        var balance = await client.GetBalanceAsync();

        var request = Assert.Single(stub.Requests);
        Assert.Equal(1m, balance.Balance);
        Assert.Equal("key-id", request.Headers[KalshiAuthHeaders.AccessKeyHeader]);
        Assert.Equal("1703123456789", request.Headers[KalshiAuthHeaders.TimestampHeader]);
        Assert.True(KalshiRequestSigner.Verify(TestRsaKey.PublicPem, 1703123456789, "GET", "/kalshi/trade-api/v2/portfolio/balance",
            request.Headers[KalshiAuthHeaders.SignatureHeader]));
    }

    [Fact]
    public async Task Authenticated_call_without_credentials_fails_before_sending()
    {
        var (client, stub) = Create(_ => StubHandler.Json("{}"), withSigner: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetBalanceAsync());
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Batch_endpoints_send_ticker_lists_as_kalshi_expects()
    {
        var (client, stub) = Create(r => StubHandler.Json(r.Uri.AbsolutePath.EndsWith("orderbooks", StringComparison.Ordinal)
            ? """{"orderbooks":[{"ticker":"A","orderbook_fp":{"yes_dollars":[["0.1000","1.00"]],"no_dollars":[]}}]}"""
            : """{"markets":[]}"""));

        var books = await client.GetOrderbooksAsync(["A", "B"]);
        await client.GetCandlesticksAsync(["A", "B"], DateTimeOffset.FromUnixTimeSeconds(100), DateTimeOffset.FromUnixTimeSeconds(200), 60);

        Assert.Equal(0.1m, books[0].Orderbook.BestYesBid!.Value.Price);
        Assert.Equal("/kalshi/trade-api/v2/markets/orderbooks?tickers=A&tickers=B", stub.Requests[0].PathAndQuery);
        Assert.True(stub.Requests[0].Headers.ContainsKey(KalshiAuthHeaders.SignatureHeader));
        Assert.Equal("/kalshi/trade-api/v2/markets/candlesticks?market_tickers=A%2CB&start_ts=100&end_ts=200&period_interval=60", stub.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Missing_market_is_null_not_an_error()
    {
        var (client, _) = Create(_ => StubHandler.Json("""{"error":"not found"}""", HttpStatusCode.NotFound));

        Assert.Null(await client.GetMarketAsync("NOPE"));
    }

    private static KalshiCreateOrderRequest Order => new()
    {
        Ticker = "KXFED-25DEC-T4.25",
        ClientOrderId = "coid-1",
        Side = KalshiCreateOrderRequest.Bid,
        Count = 10m,
        Price = 0.56m,
    };

    [Fact]
    public async Task Order_whose_answer_was_lost_is_found_by_client_order_id_not_resubmitted()
    {
        var (client, stub) = Create(r => r.Method == HttpMethod.Post
            ? throw new HttpRequestException("connection reset")
            : StubHandler.Json("""{"orders":[{"order_id":"other","client_order_id":"x"},{"order_id":"o-9","client_order_id":"coid-1","status":"resting"}],"cursor":""}"""));

        var placement = await client.PlaceOrderAsync(Order);

        Assert.True(placement.Reconciled);
        Assert.Equal("o-9", placement.OrderId);
        Assert.Single(stub.Requests, r => r.Method == HttpMethod.Post);
        Assert.Contains(stub.Requests, r => r.PathAndQuery == "/kalshi/trade-api/v2/portfolio/orders?limit=1000&ticker=KXFED-25DEC-T4.25");
    }

    [Fact]
    public async Task Order_not_found_after_a_timeout_is_resubmitted_with_the_same_client_order_id()
    {
        var posts = 0;
        var (client, stub) = Create(r => r.Method == HttpMethod.Post
            ? ++posts == 1 ? throw new TaskCanceledException("timed out") : StubHandler.Json("""{"order_id":"o-2","client_order_id":"coid-1"}""", HttpStatusCode.Created)
            : StubHandler.Json("""{"orders":[],"cursor":""}"""));

        var placement = await client.PlaceOrderAsync(Order);

        Assert.False(placement.Reconciled);
        Assert.Equal("o-2", placement.OrderId);
        var bodies = stub.Requests.Where(r => r.Method == HttpMethod.Post).Select(r => r.Body).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Contains("\"client_order_id\":\"coid-1\"", bodies[0]);
        Assert.EndsWith("/portfolio/events/orders", stub.Requests[0].Uri.AbsolutePath);
    }

    [Fact]
    public async Task Rejected_order_is_neither_looked_up_nor_resubmitted()
    {
        var (client, stub) = Create(_ => StubHandler.Json("""{"error":{"code":"insufficient_balance"}}""", HttpStatusCode.BadRequest));

        var e = await Assert.ThrowsAsync<VenueApiException>(() => client.PlaceOrderAsync(Order));

        Assert.Equal(HttpStatusCode.BadRequest, e.StatusCode);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Gives_up_after_the_allowed_submissions()
    {
        var (client, stub) = Create(r => r.Method == HttpMethod.Post
            ? StubHandler.Json("bad gateway", HttpStatusCode.BadGateway)
            : StubHandler.Json("""{"orders":[],"cursor":""}"""));

        await Assert.ThrowsAsync<VenueApiException>(() => client.PlaceOrderAsync(Order));

        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Get));
    }

    [Fact]
    public async Task Cancel_uses_the_v2_endpoint()
    {
        var (client, stub) = Create(_ => StubHandler.Json("""{"order_id":"o-1","reduced_by_fp":"10.00"}"""));

        var cancelled = await client.CancelOrderAsync("o-1");

        Assert.Equal(10m, cancelled!.ReducedByFp);
        Assert.Equal(HttpMethod.Delete, stub.Requests[0].Method);
        Assert.Equal("/kalshi/trade-api/v2/portfolio/events/orders/o-1", stub.Requests[0].PathAndQuery);
    }
}
