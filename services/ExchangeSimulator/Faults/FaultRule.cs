namespace Ito.ExchangeSimulator.Faults;

/// <summary>
/// One fault-injection rule (configuration <c>Simulator:Faults</c> or <c>POST /admin/faults</c>). Counts apply to
/// the next N matching requests; rates draw from a random stream seeded by <see cref="Seed"/> when given.
/// </summary>
public sealed class FaultRule
{
    /// <summary>Assigned by the simulator.</summary>
    public string? Id { get; set; }

    /// <summary><c>kalshi</c>, <c>polymarket</c> or null for both.</summary>
    public string? Venue { get; set; }

    /// <summary>Only requests whose path contains this text (e.g. <c>/markets</c>), or all when null.</summary>
    public string? Path { get; set; }

    public int LatencyMs { get; set; }

    public int TooManyRequests { get; set; }

    public double TooManyRequestsRate { get; set; }

    public int ServerErrors { get; set; }

    public double ServerErrorRate { get; set; }

    /// <summary>Status used for injected server errors (500, 502, 503, 504).</summary>
    public int ServerErrorStatus { get; set; } = 500;

    /// <summary>Abort the connection without a response.</summary>
    public int Drops { get; set; }

    public double DropRate { get; set; }

    public ulong? Seed { get; set; }
}
