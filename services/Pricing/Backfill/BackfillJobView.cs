namespace Ito.Pricing.Backfill;

/// <summary>A backfill job as the API shows it.</summary>
/// <param name="State"><c>queued</c>, <c>running</c>, <c>completed</c>, <c>partial</c> (some leg failed: nothing written) or <c>failed</c>.</param>
/// <param name="SnapshotsWritten">History bars (hourly and daily) the job wrote.</param>
/// <param name="Errors">Every failed attempt and every leg given up, oldest first.</param>
public sealed record BackfillJobView(
    Guid Id,
    Guid BasketId,
    int Days,
    string State,
    BackfillProgress Progress,
    int SnapshotsWritten,
    IReadOnlyList<string> Errors,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static BackfillJobView From(BackfillJob job) => new(
        job.Id, job.BasketId, job.Days, job.State.ToString().ToLowerInvariant(),
        new BackfillProgress(job.LegsDone, job.LegsTotal,
            job.State == BackfillState.Completed ? 100 : job.LegsTotal == 0 ? 0 : Math.Round(100m * job.LegsDone / job.LegsTotal, 1)),
        job.SnapshotsWritten, job.Errors, job.Attempts, job.CreatedAt, job.StartedAt, job.FinishedAt);
}

/// <param name="LegsDone">Legs fetched or given up.</param>
public sealed record BackfillProgress(int LegsDone, int LegsTotal, decimal Percent);
