namespace Ito.Venues.Resilience;

/// <summary>Timeouts, retries and circuit breaking for one venue API.</summary>
public sealed class VenueResilienceOptions
{
    /// <summary>One try; for an order this is how long we wait before looking the order up instead.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Everything, retries and rate-limit queueing included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of READS only; orders are never retried blindly.</summary>
    public int MaxReadRetries { get; set; } = 4;

    /// <summary>First back-off delay; doubles with jitter. Used when the venue sends no Retry-After (Kalshi never does).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times an order is submitted at most (each re-submission only after a lookup found nothing).</summary>
    public int MaxOrderSubmissions { get; set; } = 2;

    public override string ToString() =>
        $"attempt {AttemptTimeout}, total {TotalTimeout}, read retries {MaxReadRetries}, order submissions {MaxOrderSubmissions}";
}
