using Ito.Venues.Resilience;
using Ito.Venues.Signing;

namespace Ito.Venues.Polymarket;

/// <summary>
/// Settings bound from <c>Venues:Polymarket</c>. Credentials come only from configuration, user secrets or the
/// environment; <see cref="ToString"/> never prints them, and these options are never logged.
/// </summary>
public sealed class PolymarketOptions
{
    public const string SectionName = "Venues:Polymarket";

    public string GammaBaseUrl { get; set; } = "https://gamma-api.polymarket.com";

    public string ClobBaseUrl { get; set; } = "https://clob.polymarket.com";

    public string DataBaseUrl { get; set; } = "https://data-api.polymarket.com";

    /// <summary>The EOA private key (hex) that signs orders and L1 requests. Secret.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>The funder (maker) address for proxy, Safe and deposit-wallet accounts; the EOA itself when empty.</summary>
    public string? FunderAddress { get; set; }

    public PolymarketSignatureType SignatureType { get; set; } = PolymarketSignatureType.Eoa;

    /// <summary>L2 credentials (from <c>POST /auth/api-key</c> or <c>GET /auth/derive-api-key</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Base64url HMAC secret. Secret.</summary>
    public string? ApiSecret { get; set; }

    /// <summary>Secret.</summary>
    public string? ApiPassphrase { get; set; }

    public long ChainId { get; set; } = PolymarketExchange.PolygonChainId;

    /// <summary>Gamma allows 300 /markets and 500 /events requests per 10 s (900 for listings combined); stay below /markets.</summary>
    public VenueRateLimit GammaReads { get; set; } = new(requestsPerSecond: 25);

    /// <summary>CLOB: /book 1,500 per 10 s, /data/orders 500, /prices-history 1,000; 40/s keeps under all of them.</summary>
    public VenueRateLimit ClobReads { get; set; } = new(requestsPerSecond: 40);

    /// <summary>CLOB <c>POST /order</c>: 5,000 per 10 s burst, 120,000 per 10 min sustained (200/s); stay well below.</summary>
    public VenueRateLimit ClobWrites { get; set; } = new(requestsPerSecond: 50);

    /// <summary>Data API: 1,000 per 10 s.</summary>
    public VenueRateLimit DataReads { get; set; } = new(requestsPerSecond: 80);

    public VenueResilienceOptions Resilience { get; set; } = new();

    public bool HasTradingCredentials => !string.IsNullOrWhiteSpace(PrivateKey) && HasApiCredentials;

    public bool HasApiCredentials => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(ApiSecret) && !string.IsNullOrWhiteSpace(ApiPassphrase);

    public override string ToString() =>
        $"Polymarket gamma {GammaBaseUrl}, clob {ClobBaseUrl}, data {DataBaseUrl}, chain {ChainId}, signature type {SignatureType}, "
        + $"trading credentials {(HasTradingCredentials ? "configured" : "not configured")}";
}
