namespace Ito.Venues.Resilience;

/// <summary>A client-side budget for one kind of request, kept below what the venue publishes so we are never the one throttled.</summary>
public sealed class VenueRateLimit
{
    public VenueRateLimit()
    {
    }

    public VenueRateLimit(double requestsPerSecond, double burstSeconds = 1)
    {
        RequestsPerSecond = requestsPerSecond;
        BurstSeconds = burstSeconds;
    }

    /// <summary>Sustained requests per second.</summary>
    public double RequestsPerSecond { get; set; } = 10;

    /// <summary>How many seconds of budget may be spent at once (the token bucket's capacity).</summary>
    public double BurstSeconds { get; set; } = 1;

    /// <summary>Requests allowed to wait for a token; beyond that a request is refused at once.</summary>
    public int QueueLimit { get; set; } = 1000;

    public override string ToString() => $"{RequestsPerSecond}/s (burst {BurstSeconds}s, queue {QueueLimit})";
}
