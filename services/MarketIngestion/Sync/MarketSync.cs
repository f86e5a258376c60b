using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Runs one sync job to its end: pass 1 pages through each venue from the job's saved cursor, committing every page
/// together with the job's progress and next cursor; pass 2 then closes what each fully listed venue no longer lists.
/// Cancelled at any point, the job stays running and a later run continues after the last committed page.
/// </summary>
internal sealed partial class MarketSync(
    IServiceScopeFactory scopes,
    IEnumerable<IVenueListingSource> sources,
    MarketPageWriter writer,
    MarketCloser closer,
    OutboxSignal outboxSignal,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<MarketSync> logger)
{
    private TimeSpan _fetching;
    private TimeSpan _writing;

    /// <summary>Where the last run spent its time: reading venue pages vs. writing them (for the benchmark and logs).</summary>
    public (TimeSpan Fetching, TimeSpan Writing) LastRunTimings => (_fetching, _writing);

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        _fetching = _writing = TimeSpan.Zero;
        try
        {
            foreach (var source in sources)
            {
                await ListVenueAsync(jobId, source, cancellationToken);
            }

            await CloseMissingAsync(jobId, cancellationToken);
            await EndAsync(jobId, job => job.Finish(time.GetUtcNow()), cancellationToken);
            var finished = await ReadJobAsync(jobId, cancellationToken);
            LogFinished(jobId, finished.State, finished.Added, finished.Updated, finished.Closed, finished.Quarantined, finished.FailedPages,
                _fetching.TotalSeconds, _writing.TotalSeconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogInterrupted(jobId);
            throw;
        }
        catch (Exception ex)
        {
            LogFailed(ex, jobId);
            await EndAsync(jobId, job => job.Fail(ex.Message, time.GetUtcNow()), CancellationToken.None);
        }
    }

    private async Task ListVenueAsync(Guid jobId, IVenueListingSource source, CancellationToken cancellationToken)
    {
        while (true)
        {
            var job = await ReadJobAsync(jobId, cancellationToken);
            if (job.HasListed(source.Venue)) return;
            var cursor = job.CursorOf(source.Venue);

            ListingPage page;
            var started = time.GetTimestamp();
            try
            {
                page = await source.FetchPageAsync(cursor, cancellationToken);
                _fetching += time.GetElapsedTime(started);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPageFailed(source.Venue, cursor, ex.Message);
                await InTransactionAsync(async (db, _, _) =>
                {
                    var tracked = await db.SyncJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
                    tracked.RecordFailedPage(source.Venue);
                    db.SyncFailedPages.Add(SyncFailedPage.For(jobId, source.Venue, cursor, ex.Message, time.GetUtcNow()));
                }, cancellationToken);
                return;
            }

            started = time.GetTimestamp();
            await InTransactionAsync(async (db, connection, transaction) =>
            {
                var (outcome, rejected) = await writer.WriteAsync(connection, transaction, jobId, page, cancellationToken);
                foreach (var rejection in rejected)
                {
                    LogQuarantined(rejection.Venue, rejection.RawId, rejection.Reason);
                    db.QuarantinedRecords.Add(QuarantinedRecord.For(jobId, rejection, time.GetUtcNow()));
                }

                var tracked = await db.SyncJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
                tracked.RecordPage(source.Venue, outcome, page.NextCursor);
            }, cancellationToken);
            _writing += time.GetElapsedTime(started);
            outboxSignal.Notify();
        }
    }

    private async Task CloseMissingAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await UpdateJobAsync(jobId, job => job.StartClosing(), cancellationToken);
        var job = await ReadJobAsync(jobId, cancellationToken);
        foreach (var venue in sources.Select(s => s.Venue))
        {
            if (!job.HasCompleteListing(venue))
            {
                // Pages were missed: a market not seen may simply be on one of them. Closing it would be a guess.
                LogCloseSkipped(venue);
                continue;
            }

            int closed;
            do
            {
                closed = 0;
                await InTransactionAsync(async (db, connection, transaction) =>
                {
                    closed = await closer.CloseBatchAsync(connection, transaction, jobId, venue, options.Value.CloseBatchSize, cancellationToken);
                    var tracked = await db.SyncJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
                    tracked.RecordClosed(closed);
                }, cancellationToken);
                outboxSignal.Notify();
            }
            while (closed >= options.Value.CloseBatchSize);
        }
    }

    private async Task InTransactionAsync(Func<IngestionDbContext, NpgsqlConnection, NpgsqlTransaction, Task> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work(db, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpdateJobAsync(Guid jobId, Action<SyncJob> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var job = await db.SyncJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        change(job);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Ends the job and forgets which markets it saw: only a running job needs that.</summary>
    private async Task EndAsync(Guid jobId, Action<SyncJob> end, CancellationToken cancellationToken) =>
        await InTransactionAsync(async (db, _, _) =>
        {
            await db.SyncSeenMarkets.Where(s => s.SyncJobId == jobId).ExecuteDeleteAsync(cancellationToken);
            end(await db.SyncJobs.SingleAsync(j => j.Id == jobId, cancellationToken));
        }, cancellationToken);

    private async Task<SyncJob> ReadJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        return await db.SyncJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync {JobId} finished {State}: {Added} added, {Updated} updated, {Closed} closed, {Quarantined} quarantined, {FailedPages} failed pages; {FetchSeconds:F1} s reading venues, {WriteSeconds:F1} s writing")]
    private partial void LogFinished(Guid jobId, SyncJobState state, int added, int updated, int closed, int quarantined, int failedPages,
        double fetchSeconds, double writeSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync {JobId} interrupted; it resumes from its last committed page")]
    private partial void LogInterrupted(Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync {JobId} failed")]
    private partial void LogFailed(Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Venue} listing page at cursor {Cursor} failed after retries: {Reason}")]
    private partial void LogPageFailed(Venue venue, string? cursor, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {Venue} record {RawId}: {Reason}")]
    private partial void LogQuarantined(Venue venue, string rawId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Venue} listing was incomplete; pass 2 leaves its markets open")]
    private partial void LogCloseSkipped(Venue venue);
}
