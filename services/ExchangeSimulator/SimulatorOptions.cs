namespace Ito.ExchangeSimulator;

/// <summary>Configuration section <c>Simulator</c>.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Same seed → same universe (ids, titles, prices, history).</summary>
    public ulong Seed { get; set; } = 20261126;

    public int MarketCount { get; set; } = 5000;

    /// <summary>Random-walk tick period; 0 freezes prices (tests).</summary>
    public int TickIntervalMs { get; set; } = 1000;

    /// <summary>Share of open markets whose price moves on each tick.</summary>
    public double TickFraction { get; set; } = 0.02;

    /// <summary>Every Kalshi API key and Polymarket address starts with this many dollars.</summary>
    public decimal StartingBalance { get; set; } = 100_000m;

    /// <summary>Reference "today" for generated dates; defaults to the current UTC day so dates stay in the future.</summary>
    public DateTimeOffset? AnchorTime { get; set; }

    /// <summary>Allowed clock skew for signed request timestamps (Kalshi ms, Polymarket s); 0 disables the check.</summary>
    public int TimestampToleranceSeconds { get; set; } = 300;

    public KalshiAuthOptions Kalshi { get; set; } = new();

    public PolymarketAuthOptions Polymarket { get; set; } = new();

    /// <summary>A fault rule active from start-up (more can be added with <c>POST /admin/faults</c>).</summary>
    public Faults.FaultRule? Faults { get; set; }
}

public sealed class KalshiAuthOptions
{
    /// <summary>API key id → RSA public key PEM.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];
}

public sealed class PolymarketAuthOptions
{
    /// <summary>API key → credentials, as if created through <c>POST /auth/api-key</c>.</summary>
    public Dictionary<string, PolymarketApiKeyOptions> ApiKeys { get; set; } = [];
}

public sealed class PolymarketApiKeyOptions
{
    public string Address { get; set; } = "";
    public string Secret { get; set; } = "";
    public string Passphrase { get; set; } = "";
}
