extern alias simulator;

using System.Globalization;
using Ito.Contracts;
using Ito.Testing;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SimulatorProgram = simulator::Program;

namespace Ito.MarketIngestion.Bench;

/// <summary>The exchange simulator in-process with a fixed universe, prices frozen so a re-sync sees no change.</summary>
internal sealed class BenchSimulator(int marketCount) : WebApplicationFactory<SimulatorProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:Seed"] = "20261126",
            ["Simulator:MarketCount"] = marketCount.ToString(CultureInfo.InvariantCulture),
            ["Simulator:TickIntervalMs"] = "0",
            ["Simulator:AnchorTime"] = "2026-11-26T00:00:00Z",
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }
}

/// <summary>
/// The ingestion service on a fresh database, its venue clients wired to the simulator's in-memory transport with
/// the venues' largest pages. Client rate limits are lifted: the simulator has none, and what is measured is
/// ingestion's own cost (against the real venues their published limits bound a sync instead).
/// </summary>
internal sealed class BenchIngestion(IsolatedInfrastructure infrastructure, BenchSimulator simulator) : ServiceFactory<Program>(infrastructure, ServiceNames.MarketIngestion)
{
    public const string CronSecret = "bench-cron-secret";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings["Venues:Kalshi:BaseUrl"] = "http://simulator/kalshi/trade-api/v2";
        Settings["Venues:Polymarket:GammaBaseUrl"] = "http://simulator/polymarket/gamma";
        Settings["Venues:Polymarket:ClobBaseUrl"] = "http://simulator/polymarket/clob";
        Settings["Venues:Polymarket:DataBaseUrl"] = "http://simulator/polymarket/data";
        foreach (var prefix in new[] { "Venues:Kalshi:Reads", "Venues:Polymarket:GammaReads", "Venues:Polymarket:ClobReads" })
        {
            Settings[prefix + ":RequestsPerSecond"] = "100000";
        }
        Settings["Ingestion:CronSecret"] = CronSecret;
        Settings["Ingestion:Sync:ScheduleEnabled"] = "false";
        Settings["Ingestion:Prices:Enabled"] = "false";
        Settings["Logging:LogLevel:Default"] = "Warning";
        Settings["Logging:LogLevel:Ito.MarketIngestion.Sync.MarketSync"] = "Information";
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            foreach (var name in new[] { KalshiClient.HttpClientName, PolymarketGammaClient.HttpClientName, PolymarketClobClient.HttpClientName })
            {
                services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
            }
        });
    }
}
