using System.Text.Json;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>
/// A sync stopped mid-way (the service shuts down after a few pages) continues from its saved cursor when the
/// service comes back, and its totals are those of an uninterrupted sync: every market once, every event once.
/// </summary>
public sealed class SyncResumeTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>, IAsyncLifetime
{
    private SimulatorHost _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = new SimulatorHost(seed: 7103, marketCount: 400);
        await _simulator.UniverseAsync();
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task An_interrupted_sync_resumes_from_its_last_page_and_counts_every_market_once()
    {
        Guid jobId;
        int pagesBeforeStop;
        // Slow venue pages so the stop lands mid-listing.
        await _simulator.AddFaultAsync(new { latencyMs = 120 });
        await using (var first = new IngestionFactory(infrastructure, _simulator))
        {
            using var cron = SyncDriver.CronClient(first);
            jobId = (await SyncDriver.StartAsync(cron)).JobId;
            await Eventually.TrueAsync(async () => (await SyncDriver.GetAsync(cron, jobId)).PagesDone >= 3, TimeSpan.FromSeconds(30), "three pages");
            await first.DisposeAsync();
            pagesBeforeStop = await PagesDoneAsync(jobId);
        }

        var interrupted = await ReadJobAsync(jobId);
        Assert.Equal(Sync.SyncJobState.Running, interrupted.State);
        Assert.False(interrupted.KalshiListed && interrupted.PolymarketListed, "the stop came before the listing ended");
        await _simulator.ClearFaultsAsync();

        // The next start picks the unfinished job up by itself.
        await using var second = new IngestionFactory(infrastructure, _simulator);
        using var client = SyncDriver.CronClient(second);
        var resumed = await SyncDriver.WaitAsync(client, jobId);
        Assert.Equal("completed", resumed.State);
        Assert.True(resumed.PagesDone > pagesBeforeStop);

        var stored = await second.WithDbAsync(db => db.Markets.CountAsync());
        Assert.Equal(stored, resumed.Added);
        var upsertedIds = (await second.OutboxPayloadsAsync<MarketUpserted>())
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("marketId").GetString()).ToList();
        Assert.Equal(stored, upsertedIds.Count);
        Assert.Equal(stored, upsertedIds.Distinct().Count());

        // An uninterrupted walk of the same listing reads exactly as many pages: nothing was read twice.
        var reference = await SyncDriver.RunAsync(client);
        Assert.Equal(("completed", 0, 0), (reference.State, reference.Added, reference.Updated));
        Assert.Equal(reference.PagesDone, resumed.PagesDone);
        Assert.Equal(stored, reference.Unchanged);
    }

    private async Task<int> PagesDoneAsync(Guid jobId) => (await ReadJobAsync(jobId)).PagesDone;

    // Read straight from the database while no service runs, so nothing resumes the job behind the test's back.
    private async Task<Sync.SyncJob> ReadJobAsync(Guid jobId)
    {
        await using var db = new Data.IngestionDbContext(new DbContextOptionsBuilder<Data.IngestionDbContext>().UseNpgsql(infrastructure.Database).Options);
        return await db.SyncJobs.AsNoTracking().SingleAsync(j => j.Id == jobId);
    }
}
