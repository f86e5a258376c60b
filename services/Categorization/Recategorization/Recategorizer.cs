using Ito.Categorization.Data;
using Ito.Categorization.Markets;
using Ito.Categorization.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Recategorization;

/// <summary>
/// Re-runs every market an older pipeline version categorized, in batches of one transaction each, announcing only
/// the markets whose outcome changed. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two instances starting
/// together share the work instead of doing it twice, and a consumer updating a row at the same time is never
/// overwritten.
/// </summary>
public sealed class Recategorizer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<Recategorizer> logger)
{
    public const int BatchSize = 200;

    /// <summary>Runs a job if any market is stale; returns its id, or null when every market is current.</summary>
    public async Task<Guid?> RunAsync(CancellationToken cancellationToken)
    {
        var jobId = await StartAsync(cancellationToken);
        if (jobId is null) return null;
        try
        {
            while (await RunBatchAsync(jobId.Value, cancellationToken) > 0)
            {
            }
            await FinishAsync(jobId.Value, job => job.Complete(clock.GetUtcNow()));
            logger.LogInformation("Re-categorization job {JobId} for pipeline {Version} completed", jobId, PipelineVersion.Current);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Re-categorization job {JobId} failed", jobId);
            await FinishAsync(jobId.Value, job => job.Fail(error.Message, clock.GetUtcNow()));
        }
        return jobId;
    }

    private async Task<Guid?> StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CategorizationDbContext>();
        var stale = await db.MarketCategorizations.CountAsync(m => m.PipelineVersion != PipelineVersion.Current, cancellationToken);
        if (stale == 0) return null;

        var job = await db.RecategorizationJobs
            .Where(j => j.PipelineVersion == PipelineVersion.Current && j.State == RecategorizationState.Running)
            .OrderByDescending(j => j.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            job = RecategorizationJob.Start(PipelineVersion.Current, stale, clock.GetUtcNow());
            db.RecategorizationJobs.Add(job);
        }
        else
        {
            job.Resume(stale);
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Re-categorization job {JobId}: {Stale} markets from older pipeline versions", job.Id, stale);
        return job.Id;
    }

    private async Task<int> RunBatchAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CategorizationDbContext>();
        var categorizer = scope.ServiceProvider.GetRequiredService<MarketCategorizer>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var markets = await db.MarketCategorizations
            .FromSql($"""
                SELECT m.*, m.xmin FROM categorization.market_categorizations AS m
                WHERE m."PipelineVersion" <> {PipelineVersion.Current}
                ORDER BY m."MarketId" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (markets.Count == 0) return 0;

        var ids = markets.Select(m => m.MarketId).ToList();
        var overrides = await db.Overrides.Where(o => ids.Contains(o.MarketId) && o.DeletedAt == null).ToDictionaryAsync(o => o.MarketId, cancellationToken);
        var changed = markets.Count(market => categorizer.Categorize(market, overrides.GetValueOrDefault(market.MarketId)));

        var job = await db.RecategorizationJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        job.Advance(markets.Count, changed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return markets.Count;
    }

    private async Task FinishAsync(Guid jobId, Action<RecategorizationJob> finish)
    {
        // The job's last state is written even while the host is stopping.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CategorizationDbContext>();
        var job = await db.RecategorizationJobs.SingleAsync(j => j.Id == jobId, CancellationToken.None);
        finish(job);
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
