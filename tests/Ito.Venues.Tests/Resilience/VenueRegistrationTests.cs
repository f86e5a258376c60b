using System.Diagnostics;
using System.Net;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ito.Venues.Tests.Resilience;

/// <summary>The registrations as a service would use them, including ServiceDefaults' standard handler on every client.</summary>
public class VenueRegistrationTests
{
    private static ServiceProvider Kalshi(StubHandler stub, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Venues:Kalshi:BaseUrl"] = "http://127.0.0.1:5000/kalshi/trade-api/v2",
            ["Venues:Kalshi:KeyId"] = "key-id",
            ["Venues:Kalshi:PrivateKeyPem"] = TestRsaKey.PrivatePkcs1Pem,
            ["Venues:Kalshi:Resilience:RetryBaseDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        // What ServiceDefaults does to every HttpClient; our registration must take it off again.
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        services.AddKalshiClient(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Options_bind_from_the_venues_section_with_documented_defaults()
    {
        using var sp = Kalshi(new StubHandler(_ => StubHandler.Json("{}")), new() { ["Venues:Kalshi:BaseUrl"] = null, ["Venues:Kalshi:Reads:RequestsPerSecond"] = "5" });
        var options = sp.GetRequiredService<IOptions<KalshiOptions>>().Value;

        Assert.Equal(KalshiEnvironment.Demo, options.Environment);
        Assert.Equal(new Uri("https://external-api.demo.kalshi.co/trade-api/v2/"), options.EffectiveBaseUri);
        Assert.Equal(5, options.Reads.RequestsPerSecond);
        Assert.Equal(9, options.Writes.RequestsPerSecond);
        Assert.Equal(new Uri("https://external-api.kalshi.com/trade-api/v2/"), new KalshiOptions { Environment = KalshiEnvironment.Production }.EffectiveBaseUri);
        Assert.DoesNotContain("PRIVATE KEY", options.ToString());
        Assert.Contains("configured", options.ToString());
    }

    [Fact]
    public async Task Reads_are_retried_after_a_429_without_retry_after()
    {
        var calls = 0;
        using var sp = Kalshi(new StubHandler(_ => ++calls == 1
            ? StubHandler.Json("""{"error":"too many requests"}""", HttpStatusCode.TooManyRequests)
            : StubHandler.Json("""{"markets":[{"ticker":"A"}],"cursor":""}""")));

        var page = await sp.GetRequiredService<KalshiClient>().GetMarketsAsync();

        Assert.Equal("A", Assert.Single(page.Markets).Ticker);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Retry_after_is_honoured_when_present()
    {
        var calls = 0;
        using var sp = Kalshi(new StubHandler(_ =>
        {
            if (++calls > 1)
            {
                return StubHandler.Json("""{"markets":[],"cursor":""}""");
            }

            var throttled = StubHandler.Json("{}", HttpStatusCode.TooManyRequests);
            throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return throttled;
        }));
        var watch = Stopwatch.StartNew();

        await sp.GetRequiredService<KalshiClient>().GetMarketsAsync();

        Assert.Equal(2, calls);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {watch.Elapsed}");
    }

    [Fact]
    public async Task Order_posts_are_never_retried_by_any_pipeline()
    {
        var stub = new StubHandler(r => r.Method == HttpMethod.Post
            ? StubHandler.Json("upstream", HttpStatusCode.InternalServerError)
            : StubHandler.Json("""{"orders":[],"cursor":""}"""));
        using var sp = Kalshi(stub);

        await Assert.ThrowsAsync<VenueApiException>(() => sp.GetRequiredService<KalshiClient>().PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = "T", ClientOrderId = "c", Side = KalshiCreateOrderRequest.Bid, Count = 1, Price = 0.5m,
        }));

        // Two deliberate submissions, each preceded by nothing but a lookup: no hidden retries from the standard handler.
        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal(2, stub.Requests.Count(r => r.Method == HttpMethod.Get));
        Assert.All(stub.Requests, r => Assert.True(r.Headers.ContainsKey("KALSHI-ACCESS-SIGNATURE")));
    }

    [Fact]
    public async Task Reads_are_held_to_the_configured_rate()
    {
        var stub = new StubHandler(_ => StubHandler.Json("""{"markets":[],"cursor":""}"""));
        using var sp = Kalshi(stub, new() { ["Venues:Kalshi:Reads:RequestsPerSecond"] = "10", ["Venues:Kalshi:Reads:BurstSeconds"] = "0.5" });
        var client = sp.GetRequiredService<KalshiClient>();
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 15).Select(_ => client.GetMarketsAsync()));

        // 5 requests from the bucket at once, the other 10 at 10/s.
        Assert.Equal(15, stub.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(900), $"15 reads took {watch.Elapsed}");
    }

    [Fact]
    public async Task Polymarket_clients_share_options_and_keep_their_own_base_paths()
    {
        var stub = new StubHandler(r => StubHandler.Json(r.Uri.AbsolutePath.Contains("/gamma/", StringComparison.Ordinal)
            ? """{"markets":[]}"""
            : """{"data":[],"next_cursor":"LTE="}"""));
        var services = new ServiceCollection();
        services.AddLogging();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        var builders = services.AddPolymarketClients(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Venues:Polymarket:GammaBaseUrl"] = "http://127.0.0.1:5000/polymarket/gamma",
            ["Venues:Polymarket:ClobBaseUrl"] = "http://127.0.0.1:5000/polymarket/clob",
            ["Venues:Polymarket:PrivateKey"] = TestKeys.PrivateKey,
            ["Venues:Polymarket:ApiKey"] = "api-key",
            ["Venues:Polymarket:ApiSecret"] = "PLoJhxT8V3PMEHtGZFLD9YfKKW3Kx0QfC5wY1qkq_iM=",
            ["Venues:Polymarket:ApiPassphrase"] = "pass-phrase",
            ["Venues:Polymarket:SignatureType"] = "PolyProxy",
            ["Venues:Polymarket:FunderAddress"] = "0x94bF330955A0b957662fEaF878dE77bf25f76cD9",
        }).Build());
        builders.Gamma.ConfigurePrimaryHttpMessageHandler(() => stub);
        builders.Clob.ConfigurePrimaryHttpMessageHandler(() => stub);
        using var sp = services.BuildServiceProvider();

        await sp.GetRequiredService<PolymarketGammaClient>().GetMarketsKeysetAsync();
        await sp.GetRequiredService<PolymarketClobClient>().GetOpenOrdersAsync();
        var signers = sp.GetRequiredService<PolymarketSigners>();
        var order = signers.OrderFactory!.CreateLimitOrder(new ClobLimitOrderRequest("1", PolymarketOrderSide.Sell, 0.4m, 10m, 0.01m, NegRisk: true));

        Assert.Equal("/polymarket/gamma/markets/keyset", stub.Requests[0].Uri.AbsolutePath);
        Assert.False(stub.Requests[0].Headers.ContainsKey(PolymarketL2Headers.SignatureHeader));
        Assert.Equal("/polymarket/clob/data/orders", stub.Requests[1].Uri.AbsolutePath);
        Assert.Equal(TestKeys.Address.ToLowerInvariant(), stub.Requests[1].Headers[PolymarketL2Headers.AddressHeader]); // the EOA, not the funder
        Assert.Equal("api-key", signers.Owner);
        Assert.Equal("0x94bF330955A0b957662fEaF878dE77bf25f76cD9", order.Order.Maker);
        Assert.Equal(TestKeys.Address, order.Order.Signer);
        Assert.Equal(PolymarketSignatureType.PolyProxy, order.Order.SignatureType);
        Assert.True(PolymarketOrderVerifier.IsSignedBySigner(order.Order, PolymarketExchange.V2(negRisk: true), order.Signature));
        Assert.DoesNotContain("pass-phrase", sp.GetRequiredService<IOptions<PolymarketOptions>>().Value.ToString());
    }

    [Fact]
    public async Task Polymarket_cancel_is_a_write_and_is_not_retried()
    {
        var stub = new StubHandler(_ => StubHandler.Json("busy", HttpStatusCode.ServiceUnavailable));
        var services = new ServiceCollection();
        services.AddLogging();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        services.AddPolymarketClients(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Venues:Polymarket:ApiKey"] = "k",
            ["Venues:Polymarket:ApiSecret"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            ["Venues:Polymarket:ApiPassphrase"] = "p",
            ["Venues:Polymarket:Resilience:RetryBaseDelay"] = "00:00:00.010",
        }).Build()).Clob.ConfigurePrimaryHttpMessageHandler(() => stub);
        using var sp = services.BuildServiceProvider();
        var clob = sp.GetRequiredService<PolymarketClobClient>();

        await Assert.ThrowsAsync<VenueApiException>(() => clob.CancelOrderAsync("0x1"));
        Assert.Single(stub.Requests);

        await Assert.ThrowsAsync<VenueApiException>(() => clob.GetOrderBookAsync("1"));
        Assert.Equal(1 + 1 + 4, stub.Requests.Count); // a read: first try plus MaxReadRetries (4)
    }
}
