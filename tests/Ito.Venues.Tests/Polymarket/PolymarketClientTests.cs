using System.Net;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Data;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Polymarket;

public class PolymarketClientTests
{
    private const string Secret = "PLoJhxT8V3PMEHtGZFLD9YfKKW3Kx0QfC5wY1qkq_iM=";
    private const long Seconds = 1740000000;

    private static (PolymarketClobClient Client, StubHandler Stub) Clob(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        var stub = new StubHandler(respond);
        var auth = new PolymarketAuthHandler(new PolymarketHmacSigner(TestKeys.Address, "api-key", Secret, "pass-phrase"), new ClobAuthSigner(TestKeys.PrivateKey),
            137, new FixedTime(DateTimeOffset.FromUnixTimeSeconds(Seconds))) { InnerHandler = stub };
        return (new PolymarketClobClient(new HttpClient(auth) { BaseAddress = new Uri("http://127.0.0.1:5000/polymarket/clob/") }), stub);
    }

    [Fact]
    public async Task Gamma_keyset_paging_stops_when_next_cursor_is_omitted()
    {
        var stub = new StubHandler(r => StubHandler.Json(r.Uri.Query.Contains("after_cursor=k1")
            ? """{"markets":[{"id":"2","outcomes":"[\"Yes\",\"No\"]"}]}"""
            : """{"markets":[{"id":"1"}],"next_cursor":"k1"}"""));
        var gamma = new PolymarketGammaClient(new HttpClient(stub) { BaseAddress = new Uri("http://127.0.0.1:5000/polymarket/gamma/") });

        var markets = await gamma.GetAllMarketsAsync(new GammaListQuery { Limit = 100, Closed = false }).ToListAsync();

        Assert.Equal(["1", "2"], markets.Select(m => m.Id));
        Assert.Equal(["Yes", "No"], markets[1].Outcomes);
        Assert.Equal("/polymarket/gamma/markets/keyset?limit=100&closed=false", stub.Requests[0].PathAndQuery);
        Assert.Equal("/polymarket/gamma/markets/keyset?limit=100&closed=false&after_cursor=k1", stub.Requests[1].PathAndQuery);
    }

    [Fact]
    public async Task Gamma_offset_listing_reads_a_bare_array()
    {
        var stub = new StubHandler(_ => StubHandler.Json("""[{"id":"7","liquidity":"12.5"}]"""));
        var gamma = new PolymarketGammaClient(new HttpClient(stub) { BaseAddress = new Uri("http://127.0.0.1:5000/polymarket/gamma/") });

        var markets = await gamma.GetMarketsAsync(new GammaListQuery { Limit = 50 }, offset: 100);

        Assert.Equal(12.5m, Assert.Single(markets).Liquidity);
        Assert.Equal("/polymarket/gamma/markets?limit=50&offset=100", stub.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task Clob_paging_starts_at_MA_and_ends_at_LTE()
    {
        var (client, stub) = Clob(r => StubHandler.Json(r.Uri.Query.Contains("next_cursor=MA%3D%3D")
            ? """{"data":[{"id":"0x1","price":"0.5","original_size":"10"}],"next_cursor":"MTAw"}"""
            : """{"data":[{"id":"0x2"}],"next_cursor":"LTE="}"""));

        var orders = await client.GetAllOpenOrdersAsync(market: "0xabc").ToListAsync();

        Assert.Equal(["0x1", "0x2"], orders.Select(o => o.Id));
        Assert.Equal(0.5m, orders[0].Price);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task L2_headers_sign_the_endpoint_path_without_query_or_prefix()
    {
        var (client, stub) = Clob(_ => StubHandler.Json("""{"data":[],"next_cursor":"LTE="}"""));

        await client.GetOpenOrdersAsync(market: "0xabc");

        var request = Assert.Single(stub.Requests);
        Assert.Equal(PolymarketHmacSigner.Sign(Secret, Seconds, "GET", "/data/orders", null), request.Headers[PolymarketL2Headers.SignatureHeader]);
        Assert.Equal("1740000000", request.Headers[PolymarketL2Headers.TimestampHeader]);
        Assert.Equal("api-key", request.Headers[PolymarketL2Headers.ApiKeyHeader]);
        Assert.Equal("pass-phrase", request.Headers[PolymarketL2Headers.PassphraseHeader]);
        Assert.Equal(TestKeys.Address.ToLowerInvariant(), request.Headers[PolymarketL2Headers.AddressHeader]);
    }

    [Fact]
    public async Task L1_headers_carry_the_clob_auth_signature()
    {
        var (client, stub) = Clob(_ => StubHandler.Json("""{"apiKey":"k","secret":"sekret-value","passphrase":"pass-value"}"""));

        var credentials = await client.DeriveApiKeyAsync(nonce: 7);

        var request = Assert.Single(stub.Requests);
        Assert.Equal("k", credentials!.ApiKey);
        Assert.Equal("sekret-value", credentials.Secret);
        Assert.DoesNotContain("sekret-value", credentials.ToString());
        Assert.DoesNotContain("pass-value", credentials.ToString());
        Assert.Equal(TestKeys.Address.ToLowerInvariant(), request.Headers[PolymarketL1Headers.AddressHeader]);
        Assert.Equal("7", request.Headers[PolymarketL1Headers.NonceHeader]);
        Assert.Equal("1740000000", request.Headers[PolymarketL1Headers.TimestampHeader]);
        Assert.Equal(new ClobAuthSigner(TestKeys.PrivateKey).Sign(137, "1740000000", 7), request.Headers[PolymarketL1Headers.SignatureHeader]);
        Assert.False(request.Headers.ContainsKey(PolymarketL2Headers.ApiKeyHeader));
    }

    private static PolymarketSignedOrder SignedOrder()
    {
        var factory = new ClobOrderFactory(new PolymarketOrderSigner(TestKeys.PrivateKey), null, PolymarketSignatureType.Eoa, 137,
            new FixedTime(DateTimeOffset.FromUnixTimeMilliseconds(1740000000000)));
        return factory.CreateLimitOrder(new ClobLimitOrderRequest("1234", PolymarketOrderSide.Buy, 0.52m, 100m, 0.01m, NegRisk: false));
    }

    [Fact]
    public void Order_factory_builds_a_verifiable_eoa_order()
    {
        var signed = SignedOrder();

        Assert.Equal(52000000, (long)signed.Order.MakerAmount);
        Assert.Equal(100000000, (long)signed.Order.TakerAmount);
        Assert.Equal(TestKeys.Address, signed.Order.Maker);
        Assert.Equal(1740000000000, signed.Order.TimestampMs);
        Assert.InRange(signed.Order.Salt, 1, (1L << 53) - 1);
        Assert.True(PolymarketOrderVerifier.IsSignedBySigner(signed.Order, PolymarketExchange.V2(negRisk: false), signed.Signature));
    }

    [Fact]
    public async Task Posted_order_body_is_the_wire_json_and_is_hmac_signed()
    {
        var signed = SignedOrder();
        var (client, stub) = Clob(_ => StubHandler.Json($$"""{"success":true,"errorMsg":"","orderID":"{{signed.Digest}}","status":"live"}"""));

        var placement = await client.PlaceOrderAsync(signed, "api-key", PolymarketOrderType.Gtc);

        var request = Assert.Single(stub.Requests);
        Assert.Equal(signed.Digest, placement.OrderId);
        Assert.Equal(PolymarketOrderWire.ToJson(signed, "api-key", PolymarketOrderType.Gtc), request.Body);
        Assert.Equal(PolymarketHmacSigner.Sign(Secret, Seconds, "POST", "/order", request.Body), request.Headers[PolymarketL2Headers.SignatureHeader]);
    }

    [Fact]
    public async Task Order_whose_answer_was_lost_is_looked_up_by_its_hash()
    {
        var signed = SignedOrder();
        var (client, stub) = Clob(r => r.Method == HttpMethod.Post
            ? throw new HttpRequestException("reset")
            : StubHandler.Json($$"""{"id":"{{signed.Digest}}","status":"LIVE"}"""));

        var placement = await client.PlaceOrderAsync(signed, "api-key", PolymarketOrderType.Gtc);

        Assert.True(placement.Reconciled);
        Assert.Single(stub.Requests, r => r.Method == HttpMethod.Post);
        Assert.Equal("/polymarket/clob/data/order/" + signed.Digest, stub.Requests[1].Uri.AbsolutePath);
    }

    [Fact]
    public async Task Order_unknown_after_a_5xx_is_resubmitted_once()
    {
        var signed = SignedOrder();
        var posts = 0;
        var (client, stub) = Clob(r => r.Method == HttpMethod.Post
            ? ++posts == 1 ? StubHandler.Json("oops", HttpStatusCode.ServiceUnavailable) : StubHandler.Json("""{"success":true,"orderID":"0x1"}""")
            : StubHandler.Json("null"));

        var placement = await client.PlaceOrderAsync(signed, "api-key", PolymarketOrderType.Gtc);

        Assert.False(placement.Reconciled);
        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task Cancel_sends_the_order_id_in_the_body()
    {
        var (client, stub) = Clob(_ => StubHandler.Json("""{"canceled":["0xdead"],"not_canceled":{}}"""));

        var result = await client.CancelOrderAsync("0xdead");

        Assert.Equal(["0xdead"], result!.Canceled);
        Assert.Equal("""{"orderID":"0xdead"}""", stub.Requests[0].Body);
        Assert.Equal(HttpMethod.Delete, stub.Requests[0].Method);
        Assert.Equal(PolymarketHmacSigner.Sign(Secret, Seconds, "DELETE", "/order", """{"orderID":"0xdead"}"""), stub.Requests[0].Headers[PolymarketL2Headers.SignatureHeader]);
    }

    [Fact]
    public async Task Books_history_and_balance_requests_have_the_documented_shape()
    {
        var (client, stub) = Clob(r => r.Uri.AbsolutePath switch
        {
            var p when p.EndsWith("/books", StringComparison.Ordinal) => StubHandler.Json("""[{"asset_id":"1","bids":[{"price":"0.1","size":"5"}],"asks":[]}]"""),
            var p when p.EndsWith("/prices-history", StringComparison.Ordinal) => StubHandler.Json("""{"history":[{"t":1,"p":0.5}]}"""),
            _ => StubHandler.Json("""{"balance":"12500000","allowances":{"0xE111180000d2663C0091e4f400237545B87B996B":"0"}}"""),
        });

        var books = await client.GetOrderBooksAsync(["1", "2"]);
        var history = await client.GetPriceHistoryAsync("1", new ClobPriceHistoryQuery { Interval = "1d", FidelityMinutes = 60 });
        var balance = await client.GetBalanceAllowanceAsync(PolymarketSignatureType.PolyProxy);

        Assert.Equal(0.1m, books[0].BestBid!.Value.Price);
        Assert.Equal("""[{"token_id":"1"},{"token_id":"2"}]""", stub.Requests[0].Body);
        Assert.False(stub.Requests[0].Headers.ContainsKey(PolymarketL2Headers.SignatureHeader));
        Assert.Equal(0.5m, history.History[0].P);
        Assert.Equal("/polymarket/clob/prices-history?market=1&interval=1d&fidelity=60", stub.Requests[1].PathAndQuery);
        Assert.Equal(12.5m, balance.Balance);
        Assert.Equal("/polymarket/clob/balance-allowance?asset_type=COLLATERAL&signature_type=1", stub.Requests[2].PathAndQuery);
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetPriceHistoryAsync("1", new ClobPriceHistoryQuery { Interval = "1d", Start = DateTimeOffset.UnixEpoch }));
    }

    [Fact]
    public async Task Data_api_positions()
    {
        var stub = new StubHandler(_ => StubHandler.Json("""[{"asset":"123","conditionId":"0xabc","size":10.5,"avgPrice":0.42,"curPrice":0.5,"outcome":"Yes"}]"""));
        var data = new PolymarketDataClient(new HttpClient(stub) { BaseAddress = new Uri("http://127.0.0.1:5000/polymarket/data/") });

        var position = Assert.Single(await data.GetPositionsAsync("0xuser"));

        Assert.Equal(10.5m, position.Size);
        Assert.Equal(0.42m, position.AvgPrice);
        Assert.Equal("/polymarket/data/positions?user=0xuser", stub.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task Data_api_trades_send_the_venue_parameters_and_read_unix_second_timestamps()
    {
        var stub = new StubHandler(_ => StubHandler.Json(
            """[{"proxyWallet":"0xabc","side":"BUY","asset":"123","conditionId":"0xc1","size":12.5,"price":0.41,"timestamp":1724210494,"title":"Q?","slug":"q","eventSlug":"e","outcome":"No","outcomeIndex":1,"name":"","pseudonym":"","transactionHash":"0x01"}]"""));
        var data = new PolymarketDataClient(new HttpClient(stub) { BaseAddress = new Uri("http://127.0.0.1:5000/polymarket/data/") });

        var trade = Assert.Single(await data.GetTradesAsync(new DataTradesQuery
        {
            ConditionIds = ["0xc1", "0xc2"], User = "0xabc", Side = "BUY", TakerOnly = false, FilterType = "CASH", FilterAmount = 10.5m, Limit = 50, Offset = 100,
        }));
        await data.GetTradesAsync(new DataTradesQuery { EventIds = [20001, 20002] });

        Assert.Equal(
            "/polymarket/data/trades?market=0xc1%2C0xc2&user=0xabc&side=BUY&takerOnly=false&filterType=CASH&filterAmount=10.5&limit=50&offset=100",
            stub.Requests[0].PathAndQuery);
        Assert.Equal("/polymarket/data/trades?eventId=20001%2C20002", stub.Requests[1].PathAndQuery);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1724210494), trade.Timestamp);
        Assert.Equal(12.5m, trade.Size);
        Assert.Equal(0.41m, trade.Price);
        Assert.Equal(("No", 1, "q", "e"), (trade.Outcome, trade.OutcomeIndex, trade.Slug, trade.EventSlug));
    }
}
