using System.Globalization;
using System.Text.Json;
using Ito.Contracts.Markets;
using Ito.MarketIngestion.Prices;
using Ito.MarketIngestion.Tests.Infrastructure;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ito.MarketIngestion.Tests.Integration;

/// <summary>
/// The price feed polls the simulator's batch endpoints and emits MarketPriceChanged only for quotes that moved,
/// keeps the latest quote in Redis, and does not re-announce unchanged prices after a restart.
/// </summary>
public sealed class PriceFeedTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>, IAsyncLifetime
{
    private SimulatorHost _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = new SimulatorHost(seed: 7106, marketCount: 150);
        await _simulator.UniverseAsync();
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task Only_changed_quotes_are_emitted_and_the_latest_is_kept_in_redis()
    {
        List<string> open;
        await using (var ingestion = new IngestionFactory(infrastructure, _simulator))
        {
            using var cron = SyncDriver.CronClient(ingestion);
            Assert.Equal("completed", (await SyncDriver.RunAsync(cron)).State);
            open = await ingestion.WithDbAsync(db => db.Markets.Where(m => m.Status == MarketStatus.Open && m.ClosedAt == null).Select(m => m.Id).ToListAsync());
            Assert.Contains(open, id => id.StartsWith("kalshi:", StringComparison.Ordinal));
            Assert.Contains(open, id => id.StartsWith("polymarket:", StringComparison.Ordinal));
            await ForgetCachedPricesAsync(ingestion, open);

            var feed = ingestion.Services.GetRequiredService<PriceFeed>();
            Assert.Equal(open.Count, await feed.PollOnceAsync(CancellationToken.None));
            var events = (await ingestion.OutboxPayloadsAsync<MarketPriceChanged>()).Select(p => JsonDocument.Parse(p).RootElement).ToList();
            Assert.Equal(open.Count, events.Count);
            Assert.All(events, e =>
            {
                foreach (var field in new[] { "yesBid", "yesAsk", "last", "mid" })
                {
                    if (e.GetProperty(field).ValueKind == JsonValueKind.Number) Assert.InRange(e.GetProperty(field).GetDecimal(), 0m, 1m);
                }
            });

            var sample = events[0];
            var hash = await Redis(ingestion).HashGetAllAsync(RedisPriceStore.KeyOf(sample.GetProperty("marketId").GetString()!));
            Assert.Equal(sample.GetProperty("yesBid").GetDecimal(), decimal.Parse(hash.Single(h => h.Name == "yesBid").Value.ToString(), CultureInfo.InvariantCulture));

            // Prices are frozen: a second poll announces nothing.
            Assert.Equal(0, await feed.PollOnceAsync(CancellationToken.None));

            await _simulator.TickAsync();
            var moved = await feed.PollOnceAsync(CancellationToken.None);
            Assert.InRange(moved, 1, open.Count - 1);
            Assert.Equal(open.Count + moved, (await ingestion.OutboxPayloadsAsync<MarketPriceChanged>()).Count);
        }

        // After a restart the feed runs on its own; remembered quotes come back from Redis, so only real moves go out.
        await using var restarted = new IngestionFactory(infrastructure, _simulator, new Dictionary<string, string?>
        {
            ["Ingestion:Prices:Enabled"] = "true",
            ["Ingestion:Prices:IntervalSeconds"] = "0.2",
        });
        var before = (await restarted.OutboxPayloadsAsync<MarketPriceChanged>()).Count;
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(before, (await restarted.OutboxPayloadsAsync<MarketPriceChanged>()).Count);
        await _simulator.TickAsync();
        await Eventually.TrueAsync(async () => (await restarted.OutboxPayloadsAsync<MarketPriceChanged>()).Count > before,
            TimeSpan.FromSeconds(20), "a price event after the tick");
    }

    private static IDatabase Redis(IngestionFactory ingestion) => ingestion.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    // Redis is shared between runs: start from no remembered quote for this universe's markets.
    private static async Task ForgetCachedPricesAsync(IngestionFactory ingestion, IEnumerable<string> marketIds) =>
        await Redis(ingestion).KeyDeleteAsync(marketIds.Select(RedisPriceStore.KeyOf).ToArray());
}
