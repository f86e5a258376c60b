using System.Net;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ito.Venues.Tests.Resilience;

/// <summary>Credentials must never reach a log line, whatever the level, while real authenticated traffic flows.</summary>
public class SecretLoggingTests
{
    private const string ApiSecret = "PLoJhxT8V3PMEHtGZFLD9YfKKW3Kx0QfC5wY1qkq_iM=";
    private const string Passphrase = "passphrase-that-must-stay-secret";

    [Fact]
    public async Task No_secret_appears_in_any_log_line()
    {
        var pem = TestRsaKey.PrivatePkcs1Pem;
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Venues:Kalshi:BaseUrl"] = "http://127.0.0.1:5000/kalshi/trade-api/v2",
            ["Venues:Kalshi:KeyId"] = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c",
            ["Venues:Kalshi:PrivateKeyPem"] = pem,
            ["Venues:Polymarket:ClobBaseUrl"] = "http://127.0.0.1:5000/polymarket/clob",
            ["Venues:Polymarket:PrivateKey"] = TestKeys.PrivateKey,
            ["Venues:Polymarket:ApiKey"] = "api-key",
            ["Venues:Polymarket:ApiSecret"] = ApiSecret,
            ["Venues:Polymarket:ApiPassphrase"] = Passphrase,
        }).Build();
        var posts = 0;
        var stub = new StubHandler(r => r.Uri.AbsolutePath switch
        {
            var p when p.EndsWith("/portfolio/events/orders", StringComparison.Ordinal) => ++posts == 1
                ? throw new HttpRequestException("connection reset")
                : StubHandler.Json("""{"order_id":"o-1"}""", HttpStatusCode.Created),
            var p when p.EndsWith("/portfolio/orders", StringComparison.Ordinal) => StubHandler.Json("""{"orders":[],"cursor":""}"""),
            var p when p.EndsWith("/portfolio/balance", StringComparison.Ordinal) => StubHandler.Json("""{"balance":1}"""),
            var p when p.EndsWith("/order", StringComparison.Ordinal) => StubHandler.Json("bad", HttpStatusCode.BadRequest),
            _ => StubHandler.Json("""{"data":[],"next_cursor":"LTE="}"""),
        });
        services.AddKalshiClient(configuration).ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddPolymarketClients(configuration).Clob.ConfigurePrimaryHttpMessageHandler(() => stub);

        await using (var sp = services.BuildServiceProvider())
        {
            var kalshi = sp.GetRequiredService<KalshiClient>();
            await kalshi.GetBalanceAsync();
            await kalshi.PlaceOrderAsync(new KalshiCreateOrderRequest { Ticker = "T", ClientOrderId = "c-1", Side = KalshiCreateOrderRequest.Bid, Count = 1, Price = 0.5m });

            var clob = sp.GetRequiredService<PolymarketClobClient>();
            var signers = sp.GetRequiredService<PolymarketSigners>();
            await clob.GetOpenOrdersAsync();
            var order = signers.OrderFactory!.CreateLimitOrder(new ClobLimitOrderRequest("1", Ito.Venues.Signing.PolymarketOrderSide.Buy, 0.5m, 5m, 0.01m, false));
            await Assert.ThrowsAsync<VenueApiException>(() => clob.PlaceOrderAsync(order, signers.Owner!, Ito.Venues.Signing.PolymarketOrderType.Gtc));

            var logger = sp.GetRequiredService<ILogger<SecretLoggingTests>>();
            logger.LogInformation("Options {Kalshi} {Polymarket} {Signers}", sp.GetRequiredService<IOptions<KalshiOptions>>().Value,
                sp.GetRequiredService<IOptions<PolymarketOptions>>().Value, signers);
        }

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("portfolio/balance", StringComparison.Ordinal)); // the HttpClient logging did run
        Assert.Contains(lines, l => l.Contains("looking it up", StringComparison.Ordinal)); // and so did our reconciliation warning
        var pemBody = pem.Split('\n')[3].Trim();
        string[] secrets = ["PRIVATE KEY", pemBody, TestKeys.PrivateKey[2..], ApiSecret, ApiSecret[..20], Passphrase];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
