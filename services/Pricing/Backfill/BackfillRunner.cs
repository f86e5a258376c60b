using System.Diagnostics;
using Ito.Contracts;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ito.Pricing.Backfill;

/// <summary>
/// Runs one backfill job: fetches every leg's hourly and daily venue history (each leg retried with doubling waits),
/// lays the legs on common hourly and daily grids (gaps carried forward and marked), computes the basket's bars and
/// writes them together with the job's completion in one transaction. A leg that still fails after its retries ends
/// the job <see cref="BackfillState.Partial"/> with the reason and writes no bars: a basket bar without one of its
/// legs would be wrong, and half a history would look whole.
/// </summary>
public sealed class BackfillRunner(IServiceScopeFactory scopes, IOptions<PricingOptions> options, TimeProvider time, ILogger<BackfillRunner> logger)
{
    private static readonly ActivitySource Activity = new("Ito.Pricing.Backfill");

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        using var activity = Activity.StartActivity("Backfill job");
        activity?.SetTag("backfill.job_id", jobId);
        var settings = options.Value.Backfill;

        BackfillJob job;
        BasketLeg[] legs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
            job = await db.BackfillJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
            var basket = await db.Baskets.AsNoTracking().Include(b => b.Legs).FirstOrDefaultAsync(b => b.Id == job.BasketId, cancellationToken);
            if (basket is null || basket.Legs.Count == 0)
            {
                job.State = BackfillState.Failed;
                job.Errors.Add(basket is null ? "the basket is unknown (deleted?)" : "the basket has no legs");
                job.FinishedAt = time.GetUtcNow();
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            legs = basket.Legs.Select(l => new BasketLeg(MarketId.Parse(l.MarketId), l.Side, l.Weight)).ToArray();
            job.LegsTotal = legs.Length;
            job.LegsDone = 0;
            await db.SaveChangesAsync(cancellationToken);
        }

        var now = time.GetUtcNow();
        var hourly = HistoryGrid.Ending(HistoryInterval.Hour, now, job.Days);
        var daily = HistoryGrid.Ending(HistoryInterval.Day, now, job.Days);
        var fetched = new (IReadOnlyList<OhlcBar> Hourly, IReadOnlyList<OhlcBar> Daily)?[legs.Length];
        var failures = new List<string>();
        using var gate = new SemaphoreSlim(Math.Max(1, settings.LegConcurrency));

        await Task.WhenAll(legs.Select(async (leg, index) =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                fetched[index] = await FetchLegAsync(jobId, leg.MarketId, hourly, daily, cancellationToken);
                await ProgressAsync(jobId, null, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var reason = $"leg {leg.MarketId} gave up after {settings.LegAttempts} attempts: {ex.Message}";
                lock (failures) failures.Add(reason);
                await ProgressAsync(jobId, reason, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));

        await using var finish = scopes.CreateAsyncScope();
        var finishDb = finish.ServiceProvider.GetRequiredService<PricingDbContext>();
        await using var transaction = await finishDb.Database.BeginTransactionAsync(cancellationToken);
        job = await finishDb.BackfillJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
        if (failures.Count > 0)
        {
            job.State = BackfillState.Partial;
            job.SnapshotsWritten = 0;
        }
        else
        {
            var hourlyBars = hourly.CombineLegs(legs, fetched.Select(f => hourly.Align(f!.Value.Hourly)).ToArray());
            var dailyBars = daily.CombineLegs(legs, fetched.Select(f => daily.Align(f!.Value.Daily)).ToArray());
            job.SnapshotsWritten = await HistoryStore.UpsertBarsAsync(finishDb, job.BasketId, HistoryInterval.Hour, hourlyBars, cancellationToken)
                + await HistoryStore.UpsertBarsAsync(finishDb, job.BasketId, HistoryInterval.Day, dailyBars, cancellationToken);
            job.State = BackfillState.Completed;
        }
        job.FinishedAt = time.GetUtcNow();
        await finishDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Backfill {Job} of basket {Basket} ended {State}: {Bars} bars, {Failures} legs failed",
            jobId, job.BasketId, job.State, job.SnapshotsWritten, failures.Count);
    }

    private async Task<(IReadOnlyList<OhlcBar> Hourly, IReadOnlyList<OhlcBar> Daily)> FetchLegAsync(
        Guid jobId, MarketId marketId, HistoryGrid hourly, HistoryGrid daily, CancellationToken cancellationToken)
    {
        var settings = options.Value.Backfill;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var source = scope.ServiceProvider.GetRequiredService<LegHistorySource>();
                var hourlyBars = await source.FetchAsync(marketId, hourly, cancellationToken);
                var dailyBars = await source.FetchAsync(marketId, daily, cancellationToken);
                return (hourlyBars, dailyBars);
            }
            catch (Exception ex) when (attempt < settings.LegAttempts && ex is not OperationCanceledException)
            {
                var wait = settings.LegRetryDelay * Math.Pow(2, attempt - 1);
                logger.LogWarning("Backfill {Job}: leg {Market} attempt {Attempt} failed ({Reason}); retrying in {Wait}", jobId, marketId, attempt, ex.Message, wait);
                await ProgressAsync(jobId, $"leg {marketId} attempt {attempt} failed: {ex.Message}", cancellationToken, countLeg: false);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    /// <summary>Counts a finished leg (and records a reason, if any) at once, so <c>GET /backfill-jobs/{id}</c> shows progress while the job runs.</summary>
    private async Task ProgressAsync(Guid jobId, string? error, CancellationToken cancellationToken, bool countLeg = true)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE pricing.backfill_jobs
            SET legs_done = legs_done + @done,
                errors = CASE WHEN @error::text IS NULL THEN errors ELSE array_append(errors, @error::text) END
            WHERE id = @id
            """,
            [new NpgsqlParameter("done", countLeg ? 1 : 0), new NpgsqlParameter("error", (object?)error ?? DBNull.Value), new NpgsqlParameter("id", jobId)],
            cancellationToken);
    }
}
