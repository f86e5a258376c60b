namespace Ito.Pricing;

/// <summary>Section <c>Pricing</c>: how often history is sampled, how much a stream remembers, how backfill retries.</summary>
public sealed class PricingOptions
{
    public const string SectionName = "Pricing";

    /// <summary>Every basket with a price gets a snapshot this often, whether it moved or not.</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A move of at least this much (a probability: 0.005 = half a percentage point) since the last snapshot takes one at once.</summary>
    public decimal SnapshotThreshold { get; set; } = 0.005m;

    /// <summary>Price changes kept per basket so a reconnecting stream (<c>Last-Event-ID</c>) can catch up.</summary>
    public int StreamReplayCapacity { get; set; } = 100;

    /// <summary>A comment line keeps idle streams open through proxies that close silent connections.</summary>
    public TimeSpan StreamHeartbeat { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a lost Redis is checked for and, once back, refilled from memory.</summary>
    public TimeSpan RedisResyncInterval { get; set; } = TimeSpan.FromSeconds(5);

    public BackfillOptions Backfill { get; set; } = new();
}

public sealed class BackfillOptions
{
    /// <summary>History a new basket gets without asking.</summary>
    public int DaysOnCreation { get; set; } = 365;

    /// <summary>Tries per leg before the job gives that leg up and ends partial.</summary>
    public int LegAttempts { get; set; } = 3;

    /// <summary>First wait between a leg's tries; doubled after each.</summary>
    public TimeSpan LegRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs of a job that failed outright (database, crash) before it is marked failed.</summary>
    public int JobAttempts { get; set; } = 4;

    /// <summary>First wait before a failed job runs again; doubled after each failure.</summary>
    public TimeSpan JobRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Legs fetched at once (each venue client has its own rate limiter besides).</summary>
    public int LegConcurrency { get; set; } = 4;

    /// <summary>How often the worker looks for due jobs when nothing signalled it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
