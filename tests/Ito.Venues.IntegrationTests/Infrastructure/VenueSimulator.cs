using System.Net.Http.Json;
using System.Text.Json;
using Ito.Venues.Polymarket.Clob;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>
/// Class fixture: one simulator per test class, a Kalshi API key registered through the simulator's admin endpoint,
/// Polymarket L2 credentials obtained the venue way (the client's L1-signed <c>POST /auth/api-key</c>), and a
/// default set of clients configured with them.
/// </summary>
public sealed class VenueSimulator : IAsyncLifetime
{
    private readonly SimulatorHost _host = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Admin and raw access to the simulator (its <c>/admin</c> endpoints are never faulted).</summary>
    public HttpClient Admin { get; private set; } = null!;

    public RequestLog Requests => _host.Requests;

    public string KalshiKeyId { get; } = Guid.NewGuid().ToString();

    public ClobApiCredentials PolymarketCredentials { get; private set; } = null!;

    /// <summary>Clients with the default resilience settings, shared by the tests of the class.</summary>
    public VenueClients Clients { get; private set; } = null!;

    private string _kalshiPrivatePem = "";

    public async Task InitializeAsync()
    {
        BaseUrl = _host.Start();
        Admin = new HttpClient { BaseAddress = BaseUrl };

        var (privatePem, publicPem) = TestKeys.NewRsaKey();
        _kalshiPrivatePem = privatePem;
        await RegisterKalshiKeyAsync(KalshiKeyId, publicPem);

        using (var walletOnly = VenueClients.Create(Settings(withPolymarketApiKey: false)))
        {
            PolymarketCredentials = await walletOnly.Clob.CreateApiKeyAsync()
                ?? throw new InvalidOperationException("the simulator returned no Polymarket credentials");
        }

        Clients = VenueClients.Create(Settings());
    }

    /// <summary>
    /// The configuration a service would have, pointed at this simulator; <paramref name="overrides"/> replace or add
    /// keys (resilience settings, another key).
    /// </summary>
    public Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? overrides = null, bool withPolymarketApiKey = true)
    {
        var root = BaseUrl.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string?>
        {
            ["Venues:Kalshi:BaseUrl"] = $"{root}/kalshi/trade-api/v2",
            ["Venues:Kalshi:KeyId"] = KalshiKeyId,
            ["Venues:Kalshi:PrivateKeyPem"] = _kalshiPrivatePem,
            ["Venues:Polymarket:GammaBaseUrl"] = $"{root}/polymarket/gamma",
            ["Venues:Polymarket:ClobBaseUrl"] = $"{root}/polymarket/clob",
            ["Venues:Polymarket:DataBaseUrl"] = $"{root}/polymarket/data",
            ["Venues:Polymarket:PrivateKey"] = TestKeys.PolymarketPrivateKey,
        };
        if (withPolymarketApiKey)
        {
            settings["Venues:Polymarket:ApiKey"] = PolymarketCredentials.ApiKey;
            settings["Venues:Polymarket:ApiSecret"] = PolymarketCredentials.Secret;
            settings["Venues:Polymarket:ApiPassphrase"] = PolymarketCredentials.Passphrase;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task RegisterKalshiKeyAsync(string keyId, string publicKeyPem)
    {
        using var response = await Admin.PostAsJsonAsync("admin/kalshi/api-keys", new { keyId, publicKeyPem });
        response.EnsureSuccessStatusCode();
    }

    public async Task<UniverseSummary> UniverseAsync() =>
        await Admin.GetFromJsonAsync<UniverseSummary>("admin/universe", JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("empty /admin/universe answer");

    /// <summary>Adds a fault rule (<c>POST /admin/faults</c>); fields as the simulator's FaultRule, camelCase.</summary>
    public async Task AddFaultAsync(object rule)
    {
        using var response = await Admin.PostAsJsonAsync("admin/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await Admin.DeleteAsync("admin/faults");
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Clients?.Dispose();
        Admin?.Dispose();
        await _host.DisposeAsync();
    }
}

public sealed record UniverseSummary(ulong Seed, int MarketCount, int KalshiMarkets, int PolymarketMarkets, int KalshiEvents, int PolymarketEvents);
