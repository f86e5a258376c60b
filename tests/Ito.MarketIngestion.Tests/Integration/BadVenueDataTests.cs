using Ito.Contracts;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>
/// Bad venue data and failing pages: bad records are quarantined with a reason while the sync goes on; a page that
/// fails three times is retried through; one that keeps failing is recorded and the job ends completed with errors.
/// </summary>
public sealed class BadVenueDataTests(IsolatedInfrastructure infrastructure)
    : SimulatorSyncTest(infrastructure, seed: 7104, marketCount: 200), IClassFixture<IsolatedInfrastructure>
{
    [Fact]
    public async Task Bad_and_duplicate_records_are_quarantined_and_transient_page_errors_are_retried_through()
    {
        var existing = await Simulator.AddPolymarketFixtureAsync(new { question = "Will the fixture market resolve yes?" });
        var duplicateCondition = existing.GetProperty("conditionId").GetString()!;
        // The same condition id listed twice, and an event with an empty title. (Prices outside [0, 1], unknown
        // statuses and missing fields the simulator never serves are covered by the mapper unit tests.)
        await Simulator.AddPolymarketFixtureAsync(new { question = "A second listing of the same condition?", conditionId = duplicateCondition });
        var untitled = await Simulator.AddPolymarketFixtureAsync(new { question = "" });
        // Each Kalshi listing page fails three times in a row before it succeeds.
        await Simulator.AddFaultAsync(new { venue = "kalshi", path = "/events", serverErrors = 3 });

        using var cron = SyncDriver.CronClient(Ingestion);
        var job = await SyncDriver.RunAsync(cron);

        Assert.Equal("completed", job.State);
        Assert.Equal(0, job.FailedPages);
        var quarantined = await Ingestion.WithDbAsync(db => db.QuarantinedRecords.AsNoTracking().Where(q => q.SyncJobId == job.JobId).ToListAsync());
        Assert.True(job.Quarantined == 2, string.Join("; ", quarantined.Select(q => $"{q.RawId}: {q.Reason}")));
        Assert.Contains(quarantined, q => q.Venue == Venue.Polymarket && q.RawId == duplicateCondition && q.Reason.Contains("duplicate", StringComparison.Ordinal));
        Assert.Contains(quarantined, q => q.Venue == Venue.Polymarket && q.RawId == untitled.GetProperty("eventId").GetString() && q.Reason.Contains("title", StringComparison.Ordinal));
        Assert.All(quarantined, q => Assert.False(string.IsNullOrEmpty(q.PayloadExcerpt)));
        Assert.True(await Ingestion.WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == "polymarket:" + duplicateCondition)));
        Assert.False(await Ingestion.WithDbAsync(db => db.Markets.AnyAsync(m => m.Id == "polymarket:" + untitled.GetProperty("conditionId").GetString())));
        Assert.True(await Ingestion.WithDbAsync(db => db.Markets.AnyAsync(m => m.Id.StartsWith("kalshi:"))));
    }

    [Fact]
    public async Task A_page_that_keeps_failing_is_recorded_and_the_job_completes_with_errors_closing_nothing_on_that_venue()
    {
        using var cron = SyncDriver.CronClient(Ingestion);
        var baseline = await SyncDriver.RunAsync(cron);
        Assert.NotEqual("failed", baseline.State);
        var openPolymarket = await Ingestion.WithDbAsync(db => db.Markets.CountAsync(m => m.Id.StartsWith("polymarket:") && m.ClosedAt == null));

        await Simulator.AddFaultAsync(new { venue = "polymarket", path = "/events/keyset", serverErrors = 1000 });
        try
        {
            var job = await SyncDriver.RunAsync(cron);

            Assert.Equal("completed_with_errors", job.State);
            Assert.Equal(1, job.FailedPages);
            Assert.True(job.KalshiListed);
            var failed = await Ingestion.WithDbAsync(db => db.SyncFailedPages.AsNoTracking().Where(p => p.SyncJobId == job.JobId).ToListAsync());
            var page = Assert.Single(failed);
            Assert.Equal(Venue.Polymarket, page.Venue);
            Assert.Contains("500", page.Error, StringComparison.Ordinal);
            // Polymarket was not listed, so nothing there may be called gone.
            Assert.Equal(openPolymarket, await Ingestion.WithDbAsync(db => db.Markets.CountAsync(m => m.Id.StartsWith("polymarket:") && m.ClosedAt == null)));
        }
        finally
        {
            await Simulator.ClearFaultsAsync();
        }
    }
}
