using System.Net;
using System.Security.Cryptography;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Kalshi;

public sealed class KalshiAuthTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Valid_signature_is_accepted_and_the_account_starts_with_the_configured_balance()
    {
        var signer = await KalshiSigner.Register(_client);
        var (status, body) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/balance"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10_000_000, body.GetProperty("balance").GetInt64());
        Assert.Equal("100000.0000", body.GetProperty("balance_dollars").GetString());
    }

    [Fact]
    public async Task The_mounted_path_may_be_signed_too_and_queries_are_not_signed()
    {
        var signer = await KalshiSigner.Register(_client);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/orders?limit=5", signMountedPath: true))).Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/orders?limit=5"))).Status);
    }

    [Fact]
    public async Task Tampered_signature_is_rejected_with_a_kalshi_error()
    {
        var signer = await KalshiSigner.Register(_client);
        var (status, body) = await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/balance",
            tamper: s => (s[0] == 'A' ? "B" : "A") + s[1..]));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("authentication_error", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Signature_for_another_path_unknown_key_stale_timestamp_and_missing_headers_are_rejected()
    {
        var signer = await KalshiSigner.Register(_client);
        var wrongPath = signer.Request(HttpMethod.Get, "/portfolio/balance");
        wrongPath.RequestUri = new Uri("/kalshi/trade-api/v2/portfolio/positions", UriKind.Relative);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendJson(wrongPath)).Status);

        var stranger = new KalshiSigner(RSA.Create(2048), "not-registered");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendJson(stranger.Request(HttpMethod.Get, "/portfolio/balance"))).Status);

        var stale = DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeMilliseconds();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendJson(signer.Request(HttpMethod.Get, "/portfolio/balance", timestampMs: stale))).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/kalshi/trade-api/v2/portfolio/balance")).StatusCode);
    }

    [Fact]
    public async Task Keys_can_come_from_configuration()
    {
        using var rsa = RSA.Create(2048);
        await using var configured = new ConfiguredSimulatorFactory(new Dictionary<string, string?>
        {
            ["Simulator:MarketCount"] = "200",
            ["Simulator:StartingBalance"] = "2500",
            ["Simulator:Kalshi:ApiKeys:a952bcbe-ec3b-4b5b-b8f9-11dae589608c"] = rsa.ExportSubjectPublicKeyInfoPem(),
        });
        var signer = new KalshiSigner(rsa, "a952bcbe-ec3b-4b5b-b8f9-11dae589608c");
        var (status, body) = await configured.CreateClient().SendJson(signer.Request(HttpMethod.Get, "/portfolio/balance"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2500.0000", body.GetProperty("balance_dollars").GetString());
    }

    [Fact]
    public async Task Legacy_create_order_tells_callers_to_switch_to_v2()
    {
        var signer = await KalshiSigner.Register(_client);
        var (status, body) = await _client.SendJson(signer.Request(HttpMethod.Post, "/portfolio/orders",
            new { ticker = "X", side = "yes", action = "buy", count = 1, yes_price = 50 }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Please switch to the V2 endpoints", body.GetProperty("error").GetProperty("message").GetString());
    }
}
