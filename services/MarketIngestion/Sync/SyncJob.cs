using Ito.Contracts;

namespace Ito.MarketIngestion.Sync;

public enum SyncJobState
{
    Running,
    Completed,
    CompletedWithErrors,
    Failed,
}

/// <summary>
/// One market sync: its progress and, per venue, the cursor of the next page to read. Saved in the same transaction
/// as each page's upserts, so a sync stopped at any point resumes exactly after the last page it committed.
/// </summary>
public sealed class SyncJob
{
    private SyncJob()
    {
    }

    public Guid Id { get; private set; }

    public string Trigger { get; private set; } = "";

    public SyncJobState State { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int PagesDone { get; private set; }

    public int FailedPages { get; private set; }

    public int Added { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Closed { get; private set; }

    public int Quarantined { get; private set; }

    public string? KalshiCursor { get; private set; }

    public bool KalshiListed { get; private set; }

    /// <summary>False when a page failed for good: what was not read cannot be called gone, so pass 2 skips the venue.</summary>
    public bool KalshiComplete { get; private set; } = true;

    public string? PolymarketCursor { get; private set; }

    public bool PolymarketListed { get; private set; }

    public bool PolymarketComplete { get; private set; } = true;

    public bool Closing { get; private set; }

    public string? Error { get; private set; }

    public static SyncJob Start(string trigger, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Trigger = trigger,
        State = SyncJobState.Running,
        StartedAt = now,
    };

    public bool IsFinished => State != SyncJobState.Running;

    public string? CursorOf(Venue venue) => venue == Venue.Kalshi ? KalshiCursor : PolymarketCursor;

    public bool HasListed(Venue venue) => venue == Venue.Kalshi ? KalshiListed : PolymarketListed;

    public bool HasCompleteListing(Venue venue) => venue == Venue.Kalshi ? KalshiComplete : PolymarketComplete;

    /// <summary>Records one committed page: its counts and where the next page starts (null = the venue is done).</summary>
    public void RecordPage(Venue venue, PageOutcome outcome, string? nextCursor)
    {
        PagesDone++;
        Added += outcome.Added;
        Updated += outcome.Updated;
        Unchanged += outcome.Unchanged;
        Quarantined += outcome.Quarantined;
        SetCursor(venue, nextCursor);
    }

    /// <summary>A page the venue kept refusing after the client's retries: the venue's listing ends here, incomplete.</summary>
    public void RecordFailedPage(Venue venue)
    {
        FailedPages++;
        if (venue == Venue.Kalshi) KalshiComplete = false;
        else PolymarketComplete = false;
        SetCursor(venue, null);
    }

    public void StartClosing() => Closing = true;

    public void RecordClosed(int count) => Closed += count;

    public void Finish(DateTimeOffset now)
    {
        State = FailedPages > 0 ? SyncJobState.CompletedWithErrors : SyncJobState.Completed;
        FinishedAt = now;
    }

    public void Fail(string error, DateTimeOffset now)
    {
        State = SyncJobState.Failed;
        Error = error.Length > 1000 ? error[..1000] : error;
        FinishedAt = now;
    }

    private void SetCursor(Venue venue, string? nextCursor)
    {
        var done = string.IsNullOrEmpty(nextCursor);
        if (venue == Venue.Kalshi)
        {
            KalshiCursor = done ? null : nextCursor;
            KalshiListed = done;
        }
        else
        {
            PolymarketCursor = done ? null : nextCursor;
            PolymarketListed = done;
        }
    }
}

/// <summary>What one page did to the market table.</summary>
public sealed record PageOutcome(int Added, int Updated, int Unchanged, int Quarantined);
