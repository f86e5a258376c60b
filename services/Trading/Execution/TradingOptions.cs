using Ito.Trading.Orders;
using Ito.Venues.Kalshi;
using Ito.Venues.Resilience;
using Ito.Venues.Signing;

namespace Ito.Trading.Execution;

/// <summary>
/// Settings bound from <c>Trading</c>. Paper trading is the exchange simulator with the platform's own paper
/// accounts (<c>Trading:Paper:*</c>, secrets from user secrets or the environment); demo and live use each user's
/// stored credentials. <see cref="ToString"/> never prints a secret.
/// </summary>
public sealed class TradingOptions
{
    public const string SectionName = "Trading";

    public PaperVenues Paper { get; set; } = new();

    public string DemoKalshiBaseUrl { get; set; } = KalshiOptions.DemoBaseUrl;

    public string LiveKalshiBaseUrl { get; set; } = KalshiOptions.ProductionBaseUrl;

    public string LivePolymarketClobBaseUrl { get; set; } = "https://clob.polymarket.com";

    public long LivePolymarketChainId { get; set; } = PolymarketExchange.PolygonChainId;

    /// <summary>
    /// Kalshi's contract granularity. Fractional (0.01) contracts exist only on fractional-enabled markets and the
    /// market object no longer says which, so whole contracts are the safe default.
    /// </summary>
    public decimal KalshiCountStep { get; set; } = 1m;

    public VenueResilienceOptions Resilience { get; set; } = new() { MaxOrderSubmissions = 2 };

    public VenueRateLimit KalshiReads { get; set; } = new(requestsPerSecond: 18);

    public VenueRateLimit KalshiWrites { get; set; } = new(requestsPerSecond: 9);

    public VenueRateLimit ClobReads { get; set; } = new(requestsPerSecond: 40);

    public VenueRateLimit ClobWrites { get; set; } = new(requestsPerSecond: 50);

    /// <summary>The sweep that resumes orders whose message gave up (<c>Trading:Reconciler:*</c>).</summary>
    public StalledOrderReconcilerOptions Reconciler { get; set; } = new();

    public override string ToString() => $"Trading paper {Paper}, demo Kalshi {DemoKalshiBaseUrl}, live Kalshi {LiveKalshiBaseUrl}, live CLOB {LivePolymarketClobBaseUrl}";
}

public sealed class PaperVenues
{
    public string? KalshiBaseUrl { get; set; }

    public string? KalshiKeyId { get; set; }

    /// <summary>Secret.</summary>
    public string? KalshiPrivateKeyPem { get; set; }

    public string? PolymarketClobBaseUrl { get; set; }

    /// <summary>Secret.</summary>
    public string? PolymarketPrivateKey { get; set; }

    public string? PolymarketFunderAddress { get; set; }

    public PolymarketSignatureType PolymarketSignatureType { get; set; } = PolymarketSignatureType.Eoa;

    public string? PolymarketApiKey { get; set; }

    /// <summary>Secret.</summary>
    public string? PolymarketApiSecret { get; set; }

    /// <summary>Secret.</summary>
    public string? PolymarketApiPassphrase { get; set; }

    public long PolymarketChainId { get; set; } = PolymarketExchange.PolygonChainId;

    public override string ToString() =>
        $"Kalshi {KalshiBaseUrl ?? "not configured"}, CLOB {PolymarketClobBaseUrl ?? "not configured"}";
}
