using Ito.MarketIngestion.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Makes sure one sync runs at a time across every instance: a Postgres advisory lock, held on a dedicated
/// connection for the whole run, decides who runs; a unique index on the running row backs it up. Asking for a
/// sync while one runs returns that one. A job left running by a stopped process is resumed, not restarted.
/// </summary>
internal sealed partial class SyncCoordinator(
    IServiceScopeFactory scopes,
    MarketSync sync,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncCoordinator> logger) : IHostedService
{
    // Any fixed number: it only has to be the same for every instance of this service on this database.
    private const long AdvisoryLockKey = 0x1A6E_5717;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;
    private Guid? _runningJobId;

    /// <summary>Starts a sync, or resumes the unfinished one; returns the job that is (or was just) running.</summary>
    public async Task<SyncJob> StartOrGetRunningAsync(string trigger, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_running.IsCompleted && _runningJobId is { } current)
            {
                var running = await FindAsync(current, cancellationToken);
                if (running is { IsFinished: false }) return running;
                // Finished a moment ago and still letting go of the lock: wait, then start afresh.
                await _running.WaitAsync(cancellationToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
            // Unpooled: the lock belongs to the session, and a pooled session would outlive this run.
            var lockConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
            await lockConnection.OpenAsync(cancellationToken);
            if (!await TryLockAsync(lockConnection, cancellationToken))
            {
                // Another instance holds the lock: its job is the running one.
                await lockConnection.DisposeAsync();
                var theirs = await db.SyncJobs.AsNoTracking().FirstOrDefaultAsync(j => j.State == SyncJobState.Running, cancellationToken);
                return theirs ?? throw new SyncBusyException();
            }

            var job = await db.SyncJobs.FirstOrDefaultAsync(j => j.State == SyncJobState.Running, cancellationToken);
            if (job is null)
            {
                job = SyncJob.Start(trigger, time.GetUtcNow());
                db.SyncJobs.Add(job);
                await db.SaveChangesAsync(cancellationToken);
                LogStarted(job.Id, trigger);
            }
            else
            {
                LogResumed(job.Id, job.PagesDone);
            }

            _runningJobId = job.Id;
            _running = RunHoldingLockAsync(job.Id, lockConnection);
            return job;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<SyncJob?> FindAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        return await db.SyncJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ResumeOnStart) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        if (await db.SyncJobs.AnyAsync(j => j.State == SyncJobState.Running, cancellationToken))
        {
            try
            {
                await StartOrGetRunningAsync("resume", cancellationToken);
            }
            catch (SyncBusyException)
            {
                // Another instance is on it.
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task RunHoldingLockAsync(Guid jobId, NpgsqlConnection lockConnection)
    {
        // Off the caller's thread: the request that started the sync returns 202 at once.
        await Task.Yield();
        try
        {
            await sync.RunAsync(jobId, _stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the job stays running and resumes on the next start.
        }
        finally
        {
            // Closing the session releases the advisory lock.
            await lockConnection.DisposeAsync();
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.Add(new NpgsqlParameter<long>("key", AdvisoryLockKey));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync {JobId} started ({Trigger})")]
    private partial void LogStarted(Guid jobId, string trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync {JobId} resumed after {PagesDone} pages")]
    private partial void LogResumed(Guid jobId, int pagesDone);
}

/// <summary>Another instance holds the sync lock but its job row is not visible yet.</summary>
internal sealed class SyncBusyException() : Exception("Another instance is starting a sync.");
