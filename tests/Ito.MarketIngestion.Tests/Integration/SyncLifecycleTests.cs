using System.Text.Json;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>
/// A full sync against the simulator into real Postgres: first sync, unchanged re-sync, and the two-pass close after
/// churn (markets that disappear between two syncs are closed, with MarketClosed, and never deleted).
/// </summary>
public sealed class SyncLifecycleTests(IsolatedInfrastructure infrastructure)
    : SimulatorSyncTest(infrastructure, seed: 7101, marketCount: 300), IClassFixture<IsolatedInfrastructure>
{
    [Fact]
    public async Task First_sync_stores_every_market_resync_emits_nothing_and_churned_markets_are_closed_not_deleted()
    {
        using var cron = SyncDriver.CronClient(Ingestion);

        var first = await SyncDriver.RunAsync(cron);
        Assert.Equal("completed", first.State);
        var stored = await Ingestion.WithDbAsync(db => db.Markets.CountAsync());
        Assert.True(stored > 200, $"only {stored} markets stored");
        Assert.Equal(stored, first.Added);
        Assert.Equal(0, first.Quarantined);
        var upserted = await Ingestion.OutboxPayloadsAsync<MarketUpserted>();
        Assert.Equal(stored, upserted.Count);
        Assert.Equal(stored, upserted.Select(p => JsonDocument.Parse(p).RootElement.GetProperty("marketId").GetString()).Distinct().Count());
        var closedAfterFirst = (await Ingestion.OutboxPayloadsAsync<MarketClosed>()).Count;
        Assert.Equal(first.Closed, closedAfterFirst);

        // Every Polymarket market keeps its YES and NO token ids; Kalshi ones have none.
        var poly = await Ingestion.WithDbAsync(db => db.Markets.Where(m => m.Id.StartsWith("polymarket:")).ToListAsync());
        Assert.NotEmpty(poly);
        Assert.All(poly, m => Assert.False(string.IsNullOrEmpty(m.YesTokenId) || string.IsNullOrEmpty(m.NoTokenId) || m.YesTokenId == m.NoTokenId));

        // Unchanged venue data: nothing added, updated or announced.
        var second = await SyncDriver.RunAsync(cron);
        Assert.Equal(("completed", 0, 0, 0), (second.State, second.Added, second.Updated, second.Closed));
        Assert.Equal(stored, second.Unchanged);
        Assert.Equal(upserted.Count, (await Ingestion.OutboxPayloadsAsync<MarketUpserted>()).Count);
        Assert.Equal(closedAfterFirst, (await Ingestion.OutboxPayloadsAsync<MarketClosed>()).Count);

        // Markets disappear from both venues and new ones appear between two syncs.
        var kalshiChurn = await Simulator.ChurnAsync(add: 2, remove: 3, venue: "kalshi");
        var polyChurn = await Simulator.ChurnAsync(add: 2, remove: 2, venue: "polymarket");
        var removed = RemovedIds(kalshiChurn).Concat(RemovedIds(polyChurn)).ToHashSet();
        Assert.Equal(5, removed.Count);

        var third = await SyncDriver.RunAsync(cron);
        Assert.Equal("completed", third.State);
        Assert.True(third.Added >= 4, $"added {third.Added}");
        var closedEvents = (await Ingestion.OutboxPayloadsAsync<MarketClosed>()).Skip(closedAfterFirst)
            .Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(removed.Count, third.Closed);
        Assert.Equal(removed, closedEvents.Select(e => e.GetProperty("marketId").GetString()!).ToHashSet());
        Assert.All(closedEvents, e => Assert.Equal("delisted", e.GetProperty("reason").GetString()));
        var closedRows = await Ingestion.WithDbAsync(db => db.Markets.Where(m => removed.Contains(m.Id)).ToListAsync());
        Assert.Equal(removed.Count, closedRows.Count);
        Assert.All(closedRows, m => Assert.NotNull(m.ClosedAt));
    }

    private static IEnumerable<string> RemovedIds(JsonElement churn) => churn.GetProperty("removed").EnumerateArray().Select(r =>
        r.GetProperty("venue").GetString() == "kalshi"
            ? "kalshi:" + r.GetProperty("id").GetString()
            : "polymarket:" + r.GetProperty("conditionId").GetString());
}
