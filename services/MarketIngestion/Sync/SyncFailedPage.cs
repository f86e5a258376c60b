using Ito.Contracts;

namespace Ito.MarketIngestion.Sync;

/// <summary>A listing page that still failed after the venue client's retries.</summary>
public sealed class SyncFailedPage
{
    private SyncFailedPage()
    {
    }

    public long Id { get; private set; }

    public Guid SyncJobId { get; private set; }

    public Venue Venue { get; private set; }

    public string? Cursor { get; private set; }

    public string Error { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public static SyncFailedPage For(Guid jobId, Venue venue, string? cursor, string error, DateTimeOffset at) => new()
    {
        SyncJobId = jobId,
        Venue = venue,
        Cursor = cursor,
        Error = error.Length > 1000 ? error[..1000] : error,
        At = at,
    };
}
