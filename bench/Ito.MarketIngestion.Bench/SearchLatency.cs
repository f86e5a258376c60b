using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Ito.MarketIngestion.Data;
using Ito.Contracts;
using Ito.MarketIngestion.Search;
using Ito.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.MarketIngestion.Bench;

/// <summary>
/// Search latency over HTTP (in-process) for a mix of what people type: common and rare words, misspellings,
/// two words with a platform, text with filters, filters alone, and following the cursor to the next pages.
/// Words come from the synced titles, so the mix scales with the universe.
/// </summary>
internal static class SearchLatency
{
    private const int QueriesPerKind = 150;

    public static async Task<string> MeasureAsync(HttpClient reader, BenchIngestion ingestion, string database, int round)
    {
        var queries = await BuildMixAsync(ingestion);
        foreach (var warmup in queries.Take(60)) await SearchAsync(reader, null, warmup.Query);
        var cpu = await CpuClock.ForDatabaseAsync(database);
        // Internal tokens live five minutes; a slow search (the old one on a busy machine) can outlast that.
        var tokenIssued = Stopwatch.StartNew();

        var samples = new List<(string Kind, double Ms, double CpuMs)>(queries.Count * 2);
        var before = MachineLoad.Now();
        foreach (var (kind, query) in queries)
        {
            if (tokenIssued.Elapsed > TimeSpan.FromMinutes(2))
            {
                reader.DefaultRequestHeaders.Authorization = new("Bearer",
                    ingestion.Tokens.For(ServiceNames.MarketIngestion, Guid.NewGuid(), scopes: [Scopes.MarketsRead]));
                tokenIssued.Restart();
            }
            var (elapsed, cpuMs, page) = await SearchAsync(reader, cpu, query);
            samples.Add((kind, elapsed, cpuMs));
            if (kind != "paging" || page.NextCursor is null) continue;
            // The next two pages of the same search, as someone scrolling would ask for them.
            for (var i = 0; i < 2 && page.NextCursor is not null; i++)
            {
                (elapsed, cpuMs, page) = await SearchAsync(reader, cpu, query + "&cursor=" + Uri.EscapeDataString(page.NextCursor));
                samples.Add(("paging", elapsed, cpuMs));
            }
        }
        var after = MachineLoad.Now();

        Console.WriteLine($"search round {round} over HTTP (in-process), {samples.Count} requests; loadavg before {before.LoadAverage}, after {after.LoadAverage}; " +
            $"CPU of this process {(after.ProcessCpu - before.ProcessCpu).TotalSeconds:F1} s");
        Console.WriteLine($"  wall time, and CPU time of this process plus the {cpu.Backends} PostgreSQL backends of the database, per request:");
        Console.WriteLine("  | kind | requests | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms | CPU p99 ms |");
        Console.WriteLine("  |---|---|---|---|---|---|---|---|---|");
        foreach (var group in samples.GroupBy(s => s.Kind))
        {
            Console.WriteLine("  " + Row(group.Key, group.Select(s => s.Ms).ToList(), group.Select(s => s.CpuMs).ToList()));
        }
        var all = samples.Select(s => s.Ms).Order().ToList();
        var allCpu = samples.Select(s => s.CpuMs).Order().ToList();
        Console.WriteLine("  " + Row("all", all, allCpu));
        return string.Create(CultureInfo.InvariantCulture,
            $"| search, round {round} ({all.Count} requests, HTTP in-process, loadavg {after.LoadAverage.Split(' ')[0]}) | wall p99 {Percentile(all, 0.99):F1} ms (p50 {Percentile(all, 0.50):F1}, p95 {Percentile(all, 0.95):F1}); CPU p99 {Percentile(allCpu, 0.99):F1} ms (p50 {Percentile(allCpu, 0.50):F1}) | p99 < 20 ms |");
    }

    private static async Task<(double Ms, double CpuMs, SearchResultDto Page)> SearchAsync(HttpClient reader, CpuClock? cpu, string query)
    {
        var cpuBefore = cpu?.Now() ?? TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        using var response = await reader.GetAsync("/api/v1/markets/search?" + query);
        response.EnsureSuccessStatusCode();
        var page = (await response.Content.ReadFromJsonAsync<SearchResultDto>())!;
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return (elapsed, ((cpu?.Now() ?? TimeSpan.Zero) - cpuBefore).TotalMilliseconds, page);
    }

    private static async Task<List<(string Kind, string Query)>> BuildMixAsync(BenchIngestion ingestion)
    {
        List<(string Title, string? Category)> sample;
        await using (var scope = ingestion.Services.CreateAsyncScope())
        {
            // A spread over both venues (the hash order), not the first ids, which are all one venue.
            sample = (await scope.ServiceProvider.GetRequiredService<IngestionDbContext>().Markets
                .FromSqlRaw("SELECT * FROM " + IngestionDbContext.SchemaName + ".markets ORDER BY search_key LIMIT 5000")
                .Select(m => new { m.Title, m.Category }).ToListAsync())
                .Select(m => (m.Title, m.Category)).ToList();
        }

        var counts = sample.SelectMany(m => m.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()))
            .Where(w => w.Length >= 4 && !w.Equals("will", StringComparison.OrdinalIgnoreCase))
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Word: g.Key, Count: g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal)
            .ToList();
        var common = counts.Take(40).Select(w => w.Word).ToList();
        var rare = counts.Where(w => w.Count <= 3).Select(w => w.Word).ToList();
        var longWords = counts.Where(w => w.Word.Length >= 5).Select(w => w.Word).ToList();
        var categories = sample.Select(m => m.Category).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string[] platforms = ["kalshi", "polymarket"];
        string[] statuses = ["open", "closed", "settled", "upcoming", "paused"];

        var random = new Random(42);
        string Pick(IReadOnlyList<string> from) => from[random.Next(from.Count)];
        string Q(string text) => "q=" + Uri.EscapeDataString(text);
        string Typo(string word) => (random.Next(3)) switch
        {
            0 => word.Remove(word.Length / 2, 1),
            1 => word[..(word.Length / 2)] + word[(word.Length / 2) + 1] + word[word.Length / 2] + word[((word.Length / 2) + 2)..],
            _ => word.Insert(word.Length / 2, word[word.Length / 2].ToString()),
        };
        string Filters()
        {
            var parts = new List<string>();
            if (random.Next(2) == 0) parts.Add("platform=" + Pick(platforms));
            if (random.Next(2) == 0) parts.Add("status=" + Pick(statuses));
            if (random.Next(2) == 0) parts.Add("category=" + Uri.EscapeDataString(Pick(categories)));
            if (parts.Count == 0 || random.Next(3) == 0)
            {
                var before = new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(-400, 4000));
                parts.Add("closes_before=" + before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            return string.Join('&', parts);
        }

        var kinds = new (string Kind, Func<string> Next)[]
        {
            ("common word", () => Q(Pick(common))),
            ("rare word", () => Q(Pick(rare))),
            ("typo", () => Q(Typo(Pick(longWords)))),
            ("two words + platform", () => Q(Pick(common) + " " + Pick(longWords)) + "&platform=" + Pick(platforms)),
            ("word + filters, limit 50", () => Q(Pick(longWords)) + "&" + Filters() + "&limit=50"),
            ("filters only", Filters),
            ("paging", () => Q(Pick(common))),
        };
        var queries = new List<(string Kind, string Query)>();
        for (var i = 0; i < QueriesPerKind; i++)
        {
            foreach (var (kind, next) in kinds) queries.Add((kind, next()));
        }
        return queries;
    }

    private static string Row(string kind, List<double> ms, List<double> cpuMs)
    {
        var sorted = ms.Order().ToList();
        var cpu = cpuMs.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {sorted.Count} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} | {Percentile(cpu, 0.50):F1} | {Percentile(cpu, 0.95):F1} | {Percentile(cpu, 0.99):F1} |");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
