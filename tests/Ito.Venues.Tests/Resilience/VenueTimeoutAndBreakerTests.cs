using System.Net;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Venues.Tests.Resilience;

public class VenueTimeoutAndBreakerTests
{
    private static ServiceProvider Kalshi(StubHandler stub, Dictionary<string, string?> settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Venues:Kalshi:BaseUrl"] = "http://127.0.0.1:5000/kalshi/trade-api/v2",
            ["Venues:Kalshi:KeyId"] = "key-id",
            ["Venues:Kalshi:PrivateKeyPem"] = TestRsaKey.PrivatePkcs1Pem,
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        services.AddKalshiClient(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task An_order_attempt_that_times_out_is_reconciled_through_the_real_pipeline()
    {
        var stub = new StubHandler(async (r, ct) =>
        {
            if (r.Method == HttpMethod.Post)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), ct); // the venue never answers in time
            }

            return StubHandler.Json("""{"orders":[{"order_id":"o-7","client_order_id":"coid-7","status":"resting"}],"cursor":""}""");
        });
        using var sp = Kalshi(stub, new() { ["Venues:Kalshi:Resilience:AttemptTimeout"] = "00:00:00.200" });

        var placement = await sp.GetRequiredService<KalshiClient>().PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = "T", ClientOrderId = "coid-7", Side = KalshiCreateOrderRequest.Ask, Count = 2, Price = 0.3m,
        });

        Assert.True(placement.Reconciled);
        Assert.Equal("o-7", placement.OrderId);
        Assert.Single(stub.Requests, r => r.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_stops_calling_the_venue()
    {
        var stub = new StubHandler(_ => StubHandler.Json("down", HttpStatusCode.InternalServerError));
        using var sp = Kalshi(stub, new()
        {
            ["Venues:Kalshi:Resilience:MaxReadRetries"] = "0",
            ["Venues:Kalshi:Resilience:CircuitBreakerMinimumThroughput"] = "2",
        });
        var client = sp.GetRequiredService<KalshiClient>();

        await Assert.ThrowsAsync<VenueApiException>(() => client.GetMarketsAsync());
        await Assert.ThrowsAsync<VenueApiException>(() => client.GetMarketsAsync());
        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => client.GetMarketsAsync());

        Assert.Equal(2, stub.Requests.Count);
    }
}
