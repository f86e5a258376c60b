using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Sync;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.MarketIngestion.Bench;

// Market ingestion at scale, run by hand: dotnet run -c Release --project bench/Ito.MarketIngestion.Bench [marketCount]
// Goals (issue 4): first sync of 100k markets < 60 s; unchanged re-sync < 15 s with zero events; search p99 < 20 ms.
internal static class IngestionBench
{
    public static async Task Main(string[] args)
    {
        var marketCount = args.Length > 0 && args[0] != "--keep" ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var start = MachineLoad.Now();
        Console.WriteLine($"Market ingestion bench: {marketCount:N0} markets, {Environment.ProcessorCount} cores");
        Console.WriteLine($"before: {start}");

        // A console app gets no content-root attributes from Mvc.Testing: say where each project lives.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_EXCHANGESIMULATOR", RepositoryPaths.InRepository("services", "ExchangeSimulator"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_MARKETINGESTION", RepositoryPaths.InRepository("services", "MarketIngestion"));

        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await using var simulator = new BenchSimulator(marketCount);
            _ = simulator.Server;
            Console.WriteLine($"simulator up with its universe in {clock.Elapsed.TotalSeconds:F1} s");

            await using var ingestion = new BenchIngestion(infrastructure, simulator);
            using var cron = ingestion.CreateClient();
            cron.Timeout = TimeSpan.FromMinutes(30);
            cron.DefaultRequestHeaders.Add("X-Cron-Secret", BenchIngestion.CronSecret);

            var first = await TimedSyncAsync(cron, ingestion.Services.GetRequiredService<MarketSync>(), "first sync");
            var eventsAfterFirst = await OutboxCountAsync(ingestion);
            var second = await TimedSyncAsync(cron, ingestion.Services.GetRequiredService<MarketSync>(), "re-sync (nothing changed)");
            var eventsFromSecond = await OutboxCountAsync(ingestion) - eventsAfterFirst;
            Console.WriteLine($"  events from re-sync: {eventsFromSecond} (outbox rows after first sync: {eventsAfterFirst:N0})");

            using var reader = ingestion.CreateClientFor(Guid.NewGuid(), scopes: [Scopes.MarketsRead]);
            var search = await SearchLatencyAsync(reader, ingestion);

            var end = MachineLoad.Now();
            Console.WriteLine($"after:  {end}");
            Console.WriteLine();
            Console.WriteLine("| measure | result | goal |");
            Console.WriteLine("|---|---|---|");
            Console.WriteLine($"| first sync, {first.Job.Added:N0} markets | {first.Elapsed.TotalSeconds:F1} s | < 60 s |");
            Console.WriteLine($"| unchanged re-sync | {second.Elapsed.TotalSeconds:F1} s, {eventsFromSecond} events | < 15 s, 0 events |");
            Console.WriteLine(search);
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"kept database: {infrastructure.VirtualHost}");
            else await infrastructure.DisposeAsync();
        }
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

    private static async Task<string> SearchLatencyAsync(HttpClient reader, BenchIngestion ingestion)
    {
        List<string> titles;
        await using (var scope = ingestion.Services.CreateAsyncScope())
        {
            titles = await scope.ServiceProvider.GetRequiredService<IngestionDbContext>().Markets
                .OrderBy(m => m.Id).Select(m => m.Title).Take(5000).ToListAsync();
        }

        var words = titles.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray())).Where(w => w.Length >= 5)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var random = new Random(42);
        var queries = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var word = words[random.Next(words.Count)];
            queries.Add((i % 4) switch
            {
                0 => $"q={Uri.EscapeDataString(word)}",
                1 => $"q={Uri.EscapeDataString(word.Remove(word.Length / 2, 1))}",
                2 => $"q={Uri.EscapeDataString(word + " " + words[random.Next(words.Count)])}&platform=kalshi",
                _ => $"status=open&limit=50&q={Uri.EscapeDataString(word)}",
            });
        }

        foreach (var warmup in queries.Take(50)) (await reader.GetAsync("/api/v1/markets/search?" + warmup)).EnsureSuccessStatusCode();
        var samples = new List<double>(queries.Count);
        var before = MachineLoad.Now();
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            using var response = await reader.GetAsync("/api/v1/markets/search?" + query);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        double P(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        var after = MachineLoad.Now();
        Console.WriteLine($"search over HTTP (in-process), {samples.Count} queries: p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {samples[^1]:F1} ms");
        Console.WriteLine($"  CPU of this process during it: {(after.ProcessCpu - before.ProcessCpu).TotalSeconds:F1} s; loadavg after: {after.LoadAverage}");
        return $"| search p99 ({samples.Count} queries, HTTP in-process) | {P(0.99):F1} ms (p50 {P(0.50):F1}) | < 20 ms |";
    }
}
