using System.Net;
using System.Text.Json;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>
/// Categorical expansion with venue tags, single flight (a second request returns the running job) and who may
/// trigger a sync. Tests here share one database and do not assume it is empty.
/// </summary>
public sealed class SyncBehaviourTests(IsolatedInfrastructure infrastructure)
    : SimulatorSyncTest(infrastructure, seed: 7102, marketCount: 300), IClassFixture<IsolatedInfrastructure>
{
    [Fact]
    public async Task Categorical_events_become_one_binary_market_per_outcome_linked_to_their_event_with_venue_tags()
    {
        using var cron = SyncDriver.CronClient(Ingestion);
        await SyncDriver.RunAsync(cron);

        foreach (var venue in new[] { "kalshi:", "polymarket:" })
        {
            var categorical = await Ingestion.WithDbAsync(db => db.Events
                .Where(e => e.Id.StartsWith(venue) && e.MutuallyExclusive && e.OutcomeCount > 2).FirstOrDefaultAsync());
            Assert.True(categorical is not null, $"the simulator universe has a {venue} categorical event");
            var outcomes = await Ingestion.WithDbAsync(db => db.Markets.Where(m => m.EventId == categorical!.Id).ToListAsync());
            Assert.Equal(categorical!.OutcomeCount, outcomes.Count);
            Assert.Equal(outcomes.Count, outcomes.Select(o => o.Id).Distinct().Count());
            Assert.All(outcomes, o => Assert.Equal(categorical.Title, o.EventTitle));
            Assert.NotNull(categorical.Category);
            Assert.NotEmpty(categorical.Tags);
        }

        var upserted = (await Ingestion.OutboxPayloadsAsync<MarketUpserted>()).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.All(upserted, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("venueCategory").GetString())));
        Assert.Contains(upserted, e => e.GetProperty("tags").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_second_request_while_a_sync_runs_gets_the_running_job()
    {
        await Simulator.AddFaultAsync(new { latencyMs = 150 });
        try
        {
            using var cron = SyncDriver.CronClient(Ingestion);
            var first = await SyncDriver.StartAsync(cron);
            var second = await SyncDriver.StartAsync(cron);
            Assert.Equal(first.JobId, second.JobId);
            Assert.Equal("running", second.State);
            var running = await Ingestion.WithDbAsync(db => db.SyncJobs.CountAsync(j => j.State == Sync.SyncJobState.Running));
            Assert.Equal(1, running);
            await Simulator.ClearFaultsAsync();
            Assert.Equal("completed", (await SyncDriver.WaitAsync(cron, first.JobId)).State);
        }
        finally
        {
            await Simulator.ClearFaultsAsync();
        }
    }

    [Fact]
    public async Task Only_admins_or_the_cron_secret_may_start_a_sync()
    {
        var jobsBefore = await Ingestion.WithDbAsync(db => db.SyncJobs.CountAsync(j => j.State != Sync.SyncJobState.Running));
        using var anonymous = Ingestion.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/cron/sync-markets", null)).StatusCode);

        using var wrongSecret = Ingestion.CreateClient();
        wrongSecret.DefaultRequestHeaders.Add("X-Cron-Secret", IngestionFactory.CronSecret + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongSecret.PostAsync("/api/cron/sync-markets", null)).StatusCode);

        using var user = Ingestion.CreateClientFor(Guid.NewGuid(), admin: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync("/api/cron/sync-markets", null)).StatusCode);
        Assert.Equal(jobsBefore, await Ingestion.WithDbAsync(db => db.SyncJobs.CountAsync()));

        using var admin = Ingestion.CreateClientFor(Guid.NewGuid(), admin: true);
        var job = await SyncDriver.RunAsync(admin);
        Assert.Equal("completed", job.State);
    }
}
