namespace Ito.Pricing.Backfill;

public enum BackfillState
{
    Queued,
    Running,
    Completed,
    Partial,
    Failed,
}

/// <summary>
/// A request to rebuild a basket's history from venue data (table <c>backfill_jobs</c>). At most one job per basket
/// is queued or running at a time (a partial unique index says so); progress is legs fetched out of all legs.
/// </summary>
public sealed class BackfillJob
{
    public Guid Id { get; set; }
    public Guid BasketId { get; set; }
    public int Days { get; set; }
    public BackfillState State { get; set; }
    public int LegsTotal { get; set; }
    public int LegsDone { get; set; }
    public int SnapshotsWritten { get; set; }
    public List<string> Errors { get; set; } = [];
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public bool IsActive => State is BackfillState.Queued or BackfillState.Running;

    public static BackfillJob Queue(Guid basketId, int days, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        BasketId = basketId,
        Days = days,
        State = BackfillState.Queued,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    /// <summary>A run threw before finishing: try again later, with the wait doubling, until the attempts run out.</summary>
    public void RunFailed(string reason, DateTimeOffset now, int maxAttempts, TimeSpan firstDelay)
    {
        Errors.Add($"attempt {Attempts}: {reason}");
        if (Attempts >= maxAttempts)
        {
            State = BackfillState.Failed;
            FinishedAt = now;
            return;
        }
        State = BackfillState.Queued;
        NextAttemptAt = now + firstDelay * Math.Pow(2, Attempts - 1);
    }
}
