using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.Testing;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.MarketIngestion.Tests.Infrastructure;

/// <summary>
/// The ingestion service on its test class's database and vhost, its venue clients wired to the in-process simulator
/// (the Venues SDK's own pipeline stays, only the transport is the simulator's). Schedule and price feed are off
/// unless a test turns them on.
/// </summary>
public sealed class IngestionFactory : ServiceFactory<Program>
{
    public const string CronSecret = "test-cron-secret-0123456789";
    private readonly SimulatorHost _simulator;

    public IngestionFactory(IsolatedInfrastructure infrastructure, SimulatorHost simulator, IDictionary<string, string?>? settings = null)
        : base(infrastructure, ServiceNames.MarketIngestion)
    {
        _simulator = simulator;
        Settings["Venues:Kalshi:BaseUrl"] = "http://simulator/kalshi/trade-api/v2";
        Settings["Venues:Polymarket:GammaBaseUrl"] = "http://simulator/polymarket/gamma";
        Settings["Venues:Polymarket:ClobBaseUrl"] = "http://simulator/polymarket/clob";
        Settings["Venues:Polymarket:DataBaseUrl"] = "http://simulator/polymarket/data";
        foreach (var prefix in new[] { "Venues:Kalshi:Reads", "Venues:Polymarket:GammaReads", "Venues:Polymarket:ClobReads" })
        {
            Settings[prefix + ":RequestsPerSecond"] = "1000";
        }
        foreach (var prefix in new[] { "Venues:Kalshi:Resilience", "Venues:Polymarket:Resilience" })
        {
            Settings[prefix + ":RetryBaseDelay"] = "00:00:00.010";
            Settings[prefix + ":MaxReadRetries"] = "3";
        }
        Settings["Ingestion:CronSecret"] = CronSecret;
        Settings["Ingestion:Sync:ScheduleEnabled"] = "false";
        Settings["Ingestion:Sync:KalshiPageSize"] = "25";
        Settings["Ingestion:Sync:PolymarketPageSize"] = "25";
        Settings["Ingestion:Prices:Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) Settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            foreach (var name in new[] { KalshiClient.HttpClientName, PolymarketGammaClient.HttpClientName, PolymarketClobClient.HttpClientName })
            {
                services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => _simulator.CreateVenueHandler());
            }
        });
    }

    public async Task<T> WithDbAsync<T>(Func<IngestionDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IngestionDbContext>());
    }

    /// <summary>The outbox rows of one event type, payloads as JSON text.</summary>
    public Task<List<string>> OutboxPayloadsAsync<TEvent>() => WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.MessageType.StartsWith(typeof(TEvent).FullName! + ","))
        .OrderBy(m => m.Sequence)
        .Select(m => m.Payload)
        .ToListAsync());
}
