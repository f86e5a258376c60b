using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Trading.Credentials;
using Ito.Trading.Data;
using Ito.Trading.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>Users' venue keys: stored encrypted, never returned, never logged.</summary>
[Collection(TradingCollection.Name)]
public sealed class CredentialsTests(TradingHost host)
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    private static string NewPem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    [Fact]
    public async Task Credentials_are_write_only_encrypted_at_rest_and_never_logged()
    {
        var pem = NewPem();
        var walletKey = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var apiSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var pemBody = pem.Split('\n')[1]; // a line of the key itself, not the armour

        var kalshi = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/kalshi",
            new { environment = "demo", keyId = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c", privateKeyPem = pem });
        var poly = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/polymarket",
            new { privateKey = walletKey, apiKey = "00000000-1111-2222-3333-444455556666", apiSecret, apiPassphrase = "pass-phrase-secret" });
        var (status, overview) = await SendAsync(Client, HttpMethod.Get, "/api/internal/venue-credentials");

        Assert.Equal(HttpStatusCode.NoContent, kalshi.Status);
        Assert.Equal(HttpStatusCode.NoContent, poly.Status);
        Assert.Equal(HttpStatusCode.OK, status);
        var raw = overview.GetRawText();
        Assert.True(overview.GetProperty("demoMode").GetBoolean());
        var shown = overview.GetProperty("credentials").EnumerateArray().ToList();
        Assert.Equal(2, shown.Count);
        Assert.Contains(shown, c => c.GetProperty("venue").GetString() == "kalshi" && c.GetProperty("environment").GetString() == "demo"
                                    && c.GetProperty("set").GetBoolean() && c.GetProperty("hint").GetString() == "…608c");
        Assert.Contains(shown, c => c.GetProperty("venue").GetString() == "polymarket" && c.GetProperty("hint").GetString() == "…6666");
        foreach (var secret in new[] { pemBody, walletKey, walletKey[2..], apiSecret, "pass-phrase-secret", "a952bcbe" })
        {
            Assert.DoesNotContain(secret, raw);
            Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }

        // The paper account's keys sign real requests (logged at Trace in these tests): none of them may show either.
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(host.NextKalshiMarket(), Side.Yes, 1m), new BasketLegInfo(await host.NewPolymarketMarketAsync(), Side.Yes, 1m));
        Assert.Equal("filled", (await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 10m, mode = "paper", maxSlippage = 0.05m })).GetProperty("status").GetString());
        Assert.Contains(host.Logs.Lines, line => line.Contains("/portfolio/events/orders", StringComparison.Ordinal));
        foreach (var secret in new[] { host.KalshiPrivateKeyPem.Split('\n')[1], host.PolymarketPrivateKey[2..], host.PolymarketApi.Secret, host.PolymarketApi.Passphrase })
            Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));

        await using var scope = host.Trading.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TradingDbContext>();
        var stored = await db.VenueCredentials.AsNoTracking().Where(c => c.UserId == _user).ToListAsync();
        Assert.All(stored, c => Assert.DoesNotContain(pemBody, c.Protected));
        Assert.All(stored, c => Assert.DoesNotContain(walletKey[2..], c.Protected));
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the key ring is kept in the trading schema");
        var secrets = await scope.ServiceProvider.GetRequiredService<CredentialVault>().KalshiAsync(_user, VenueEnvironment.Demo, CancellationToken.None);
        Assert.Equal(pem, secrets!.PrivateKeyPem);
        Assert.DoesNotContain(pemBody, secrets.ToString());
    }

    [Fact]
    public async Task Invalid_credentials_are_400_naming_the_field_and_store_nothing()
    {
        var (badPem, _) = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/kalshi", new { keyId = "k", privateKeyPem = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----" });
        var (badVenue, venueProblem) = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/binance", new { keyId = "k" });
        var (badPoly, polyProblem) = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/polymarket", new { environment = "demo", privateKey = "0x12" });

        Assert.Equal(HttpStatusCode.BadRequest, badPem);
        Assert.Equal(HttpStatusCode.BadRequest, badVenue);
        Assert.True(venueProblem.GetProperty("errors").TryGetProperty("venue", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badPoly);
        foreach (var field in new[] { "environment", "apiKey", "apiSecret", "apiPassphrase" })
            Assert.True(polyProblem.GetProperty("errors").TryGetProperty(field, out _), field);
        var overview = await Client.GetFromJsonAsync<JsonElement>("/api/internal/venue-credentials");
        Assert.Equal(0, overview.GetProperty("credentials").GetArrayLength());
    }

    [Fact]
    public async Task Live_orders_are_refused_while_demo_mode_is_on_and_demo_orders_need_demo_keys()
    {
        var kalshi = host.NextKalshiMarket();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, Side.Yes, 1m));

        var (live, liveProblem) = await PlaceAsync(Client, basket, new { side = "yes", amount = 10m, mode = "live" }, Guid.NewGuid().ToString());
        var (demo, demoProblem) = await PlaceAsync(Client, basket, new { side = "yes", amount = 10m, mode = "demo" }, Guid.NewGuid().ToString());
        var (off, _) = await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/demo-mode", new { enabled = false });
        var (liveNoKeys, noKeysProblem) = await PlaceAsync(Client, basket, new { side = "yes", amount = 10m, mode = "live" }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, live);
        Assert.Contains("Demo mode", liveProblem.GetProperty("errors").GetProperty("mode")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, demo);
        Assert.Contains("No Kalshi demo credentials", demoProblem.GetProperty("errors").GetProperty("mode")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, off);
        Assert.Equal(HttpStatusCode.BadRequest, liveNoKeys);
        Assert.Contains("No Kalshi live credentials", noKeysProblem.GetProperty("errors").GetProperty("mode")[0].GetString());
    }

    [Fact]
    public async Task A_test_key_cannot_trade_live_even_with_demo_mode_off()
    {
        var kalshi = host.NextKalshiMarket();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, Side.Yes, 1m));
        await SendAsync(Client, HttpMethod.Put, "/api/internal/venue-credentials/demo-mode", new { enabled = false });
        var testKeyClient = host.Trading.CreateClient();
        testKeyClient.DefaultRequestHeaders.Authorization = new("Bearer", host.Trading.Tokens.For(ServiceNames.Trading, _user, testKey: true));

        var (live, problem) = await PlaceAsync(testKeyClient, basket, new { side = "yes", amount = 10m, mode = "live" }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, live);
        Assert.Contains("test key", problem.GetProperty("errors").GetProperty("mode")[0].GetString());
        await using var scope = host.Trading.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TradingDbContext>().BasketOrders.AnyAsync(o => o.UserId == _user));
    }
}
