extern alias simulator;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Pricing.Backfill;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Venues;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SimulatorProgram = simulator::Program;

namespace Ito.Pricing.Bench;

/// <summary>
/// A 365-day backfill of a 10-leg basket (5 Kalshi, 5 Polymarket) against the exchange simulator hosted in-process:
/// venue lookups, hourly + daily history through Ito.Venues, grid alignment and basket bars — the backfill's work up
/// to the database write (which the integration tests cover; it is one statement per interval).
/// </summary>
internal static class BackfillBenchmark
{
    private static string SimulatorFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "services", "ExchangeSimulator");
            if (Directory.Exists(folder)) return folder;
        }
        throw new InvalidOperationException("services/ExchangeSimulator not found above " + AppContext.BaseDirectory);
    }

    private sealed class Simulator : WebApplicationFactory<SimulatorProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("Simulator:TickIntervalMs", "0");
    }

    public static async Task RunAsync(int days, int legsPerVenue)
    {
        // The factory finds a test project's content root by attribute; a console bench names it instead.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_EXCHANGESIMULATOR", SimulatorFolder());
        await using var simulator = new Simulator();
        using var simulatorClient = simulator.CreateClient();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Venues:Kalshi:BaseUrl"] = "http://simulator/kalshi/trade-api/v2",
            ["Venues:Polymarket:ClobBaseUrl"] = "http://simulator/polymarket/clob",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddKalshiClient(configuration).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        services.AddPolymarketClients(configuration).Clob.ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        services.AddTransient<VenueHistoryFetcher>();
        await using var provider = services.BuildServiceProvider();
        var fetcher = provider.GetRequiredService<VenueHistoryFetcher>();

        var kalshi = (await simulatorClient.GetFromJsonAsync<JsonElement>($"/kalshi/trade-api/v2/markets?limit={legsPerVenue}&status=open"))
            .GetProperty("markets").EnumerateArray().Select(m => MarketId.For(Venue.Kalshi, m.GetProperty("ticker").GetString()!));
        var polymarket = (await simulatorClient.GetFromJsonAsync<JsonElement>($"/polymarket/gamma/markets?limit={legsPerVenue}&closed=false"))
            .EnumerateArray().Select(m => MarketId.For(Venue.Polymarket, m.GetProperty("conditionId").GetString()!));
        var legs = kalshi.Concat(polymarket).Select(m => new BasketLeg(m, Side.Yes, 1)).ToArray();

        for (var run = 1; run <= 3; run++)
        {
            var started = Stopwatch.StartNew();
            var now = DateTimeOffset.UtcNow;
            var hourly = HistoryGrid.Ending(HistoryInterval.Hour, now, days);
            var daily = HistoryGrid.Ending(HistoryInterval.Day, now, days);
            var fetched = await Task.WhenAll(legs.Select(async leg =>
            {
                var reference = await fetcher.ResolveAsync(leg.MarketId, now, CancellationToken.None);
                return (Hourly: await fetcher.FetchAsync(leg.MarketId, reference, hourly, CancellationToken.None),
                    Daily: await fetcher.FetchAsync(leg.MarketId, reference, daily, CancellationToken.None));
            }));
            var fetchedAt = started.Elapsed;
            var hourlyBars = hourly.CombineLegs(legs, fetched.Select(f => hourly.Align(f.Hourly)).ToArray());
            var dailyBars = daily.CombineLegs(legs, fetched.Select(f => daily.Align(f.Daily)).ToArray());
            Console.WriteLine($"backfill run {run}: {legs.Length} legs × {days} days → {hourlyBars.Count} hourly + {dailyBars.Count} daily bars " +
                $"in {started.Elapsed.TotalSeconds:F2} s (venue fetch {fetchedAt.TotalSeconds:F2} s, align + combine {(started.Elapsed - fetchedAt).TotalMilliseconds:F0} ms)");
        }
    }
}
