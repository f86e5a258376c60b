using Ito.Pricing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ito.Pricing.Backfill;

/// <summary>
/// Runs queued backfill jobs one at a time, oldest due first. A job whose run throws (database trouble, a crash) is
/// queued again with a doubling wait until its attempts run out, then marked failed; each reason is kept on the job.
/// Jobs left running by a previous process are queued again at start-up (single instance: see the README).
/// </summary>
public sealed class BackfillWorker(IServiceScopeFactory scopes, BackfillRunner runner, BackfillSignal signal, TimeProvider time,
    IOptions<PricingOptions> options, ILogger<BackfillWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RequeueInterruptedAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            Guid? jobId = null;
            try
            {
                jobId = await ClaimNextAsync(stoppingToken);
                if (jobId is { } id) await runner.RunAsync(id, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Backfill job {Job} run failed", jobId);
                if (jobId is { } failed) await RecordFailureAsync(failed, ex.Message, stoppingToken);
                else await Task.Delay(options.Value.Backfill.PollInterval, time, stoppingToken);
            }
            if (jobId is null) await signal.WaitAsync(options.Value.Backfill.PollInterval, stoppingToken);
        }
    }

    private async Task<Guid?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
        var claimed = await db.Database.SqlQueryRaw<Guid>(
            """
            UPDATE pricing.backfill_jobs SET state = 'Running', attempts = attempts + 1, started_at = @now
            WHERE id = (SELECT id FROM pricing.backfill_jobs WHERE state = 'Queued' AND next_attempt_at <= @now
                        ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """,
            new NpgsqlParameter("now", time.GetUtcNow())).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }

    private async Task RecordFailureAsync(Guid jobId, string reason, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
            var job = await db.BackfillJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
            var settings = options.Value.Backfill;
            job.RunFailed(reason, time.GetUtcNow(), settings.JobAttempts, settings.JobRetryDelay);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The job stays "running"; the next start-up queues it again.
            logger.LogError(ex, "Could not record the failure of backfill job {Job}", jobId);
        }
    }

    private async Task RequeueInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
        var requeued = await db.BackfillJobs.Where(j => j.State == BackfillState.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackfillState.Queued), cancellationToken);
        if (requeued > 0) logger.LogInformation("{Count} interrupted backfill jobs queued again", requeued);
    }
}
