using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Sync;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ito.MarketIngestion.Bench;

// Market ingestion at scale, run by hand:
//   dotnet run -c Release --project bench/Ito.MarketIngestion.Bench [marketCount] [--keep] [--rounds N]
//   dotnet run -c Release --project bench/Ito.MarketIngestion.Bench -- --search-only DATABASE [--rounds N]
// --keep leaves the synced database behind and prints its name; --search-only measures search alone on such a
// database (pending migrations are applied to it first), skipping the simulator and both syncs.
// Goals (issue 4): first sync of 100k markets < 60 s; unchanged re-sync < 15 s with zero events; search p99 < 20 ms.
internal static class IngestionBench
{
    public static async Task Main(string[] args)
    {
        var searchOnly = Option(args, "--search-only");
        var rounds = int.Parse(Option(args, "--rounds") ?? "1", CultureInfo.InvariantCulture);
        var marketCount = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var start = MachineLoad.Now();
        Console.WriteLine(searchOnly is null
            ? $"Market ingestion bench: {marketCount:N0} markets, {Environment.ProcessorCount} cores"
            : $"Market ingestion bench, search only, on database {searchOnly}: {Environment.ProcessorCount} cores");
        Console.WriteLine($"before: {start}");

        // A console app gets no content-root attributes from Mvc.Testing: say where each project lives.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_EXCHANGESIMULATOR", RepositoryPaths.InRepository("services", "ExchangeSimulator"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_MARKETINGESTION", RepositoryPaths.InRepository("services", "MarketIngestion"));

        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await using var simulator = new BenchSimulator(searchOnly is null ? marketCount : 1);
            await using var ingestion = new BenchIngestion(infrastructure, simulator);
            var results = new List<string>();
            if (searchOnly is null)
            {
                _ = simulator.Server;
                Console.WriteLine($"simulator up with its universe in {clock.Elapsed.TotalSeconds:F1} s");
                using var cron = ingestion.CreateClient();
                cron.Timeout = TimeSpan.FromMinutes(30);
                cron.DefaultRequestHeaders.Add("X-Cron-Secret", BenchIngestion.CronSecret);

                var first = await TimedSyncAsync(cron, ingestion.Services.GetRequiredService<MarketSync>(), "first sync");
                var eventsAfterFirst = await OutboxCountAsync(ingestion);
                var second = await TimedSyncAsync(cron, ingestion.Services.GetRequiredService<MarketSync>(), "re-sync (nothing changed)");
                var eventsFromSecond = await OutboxCountAsync(ingestion) - eventsAfterFirst;
                Console.WriteLine($"  events from re-sync: {eventsFromSecond} (outbox rows after first sync: {eventsAfterFirst:N0})");
                results.Add($"| first sync, {first.Job.Added:N0} markets | {first.Elapsed.TotalSeconds:F1} s | < 60 s |");
                results.Add($"| unchanged re-sync | {second.Elapsed.TotalSeconds:F1} s, {eventsFromSecond} events | < 15 s, 0 events |");
            }
            else
            {
                ingestion.Settings[$"ConnectionStrings:{ServiceNames.DatabaseOf(ServiceNames.MarketIngestion)}"] =
                    new NpgsqlConnectionStringBuilder(infrastructure.Servers.PostgresAdmin) { Database = searchOnly }.ConnectionString;
                _ = ingestion.Server;
                Console.WriteLine($"ingestion up on {searchOnly} (migrations applied) in {clock.Elapsed.TotalSeconds:F1} s; {await MarketCountAsync(ingestion):N0} markets");
            }

            // What autovacuum does within a minute of a sync this size (visibility map for index-only walks,
            // statistics for the planner's estimates), done now so search is measured as it will run.
            clock.Restart();
            var databaseConnection = searchOnly is null ? infrastructure.Database
                : ingestion.Settings[$"ConnectionStrings:{ServiceNames.DatabaseOf(ServiceNames.MarketIngestion)}"]!;
            await using (var database = new NpgsqlConnection(databaseConnection))
            {
                await database.OpenAsync();
                await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {IngestionDbContext.SchemaName}.markets", database) { CommandTimeout = 600 };
                await vacuum.ExecuteNonQueryAsync();
            }
            Console.WriteLine($"vacuum analyze of markets: {clock.Elapsed.TotalSeconds:F1} s");

            using var reader = ingestion.CreateClientFor(Guid.NewGuid(), scopes: [Scopes.MarketsRead]);
            for (var round = 1; round <= rounds; round++)
            {
                results.Add(await SearchLatency.MeasureAsync(reader, ingestion, databaseConnection, round));
            }

            var end = MachineLoad.Now();
            Console.WriteLine($"after:  {end}");
            Console.WriteLine();
            Console.WriteLine("| measure | result | goal |");
            Console.WriteLine("|---|---|---|");
            foreach (var line in results) Console.WriteLine(line);
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"kept database: {infrastructure.VirtualHost}");
            else await infrastructure.DisposeAsync();
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static async Task<(TimeSpan Elapsed, SyncJobDto Job)> TimedSyncAsync(HttpClient cron, MarketSync sync, string name)
    {
        var before = MachineLoad.Now();
        var clock = Stopwatch.StartNew();
        using var response = await cron.PostAsync("/api/cron/sync-markets", null);
        response.EnsureSuccessStatusCode();
        var job = (await response.Content.ReadFromJsonAsync<SyncJobDto>())!;
        while (job.State == "running")
        {
            await Task.Delay(200);
            job = (await cron.GetFromJsonAsync<SyncJobDto>($"/api/cron/sync-markets/{job.JobId}"))!;
        }
        clock.Stop();
        var after = MachineLoad.Now();
        Console.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:F1} s — {job.State}, {job.PagesDone} pages, added {job.Added:N0}, updated {job.Updated:N0}, " +
            $"unchanged {job.Unchanged:N0}, closed {job.Closed:N0}, quarantined {job.Quarantined:N0}, failed pages {job.FailedPages}");
        Console.WriteLine($"  CPU of this process during it: {(after.ProcessCpu - before.ProcessCpu).TotalSeconds:F1} s; loadavg after: {after.LoadAverage}");
        var (fetching, writing) = sync.LastRunTimings;
        Console.WriteLine($"  of which reading venue pages (simulator in-process): {fetching.TotalSeconds:F1} s, writing pages to Postgres: {writing.TotalSeconds:F1} s");
        return (clock.Elapsed, job);
    }

    private static async Task<int> OutboxCountAsync(BenchIngestion ingestion)
    {
        await using var scope = ingestion.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionDbContext>().OutboxMessages.CountAsync();
    }

    private static async Task<int> MarketCountAsync(BenchIngestion ingestion)
    {
        await using var scope = ingestion.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionDbContext>().Markets.CountAsync();
    }
}
