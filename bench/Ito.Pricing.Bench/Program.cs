using System.Text.Json;
using Ito.Pricing.Bench;

// Run by hand:  dotnet run -c Release --project bench/Ito.Pricing.Bench [-- --redis "host:port,password=…"]
// Without --redis the local servers' Redis (.local/infra.json, written by deploy/local/start.sh) is used.
var redis = args.SkipWhile(a => a != "--redis").Skip(1).FirstOrDefault() ?? LocalRedis();

Console.WriteLine("== live: tick → basket price in Redis ==");
await LiveTickBenchmark.RunAsync(redis, markets: 5000, baskets: 10_000, ticks: 2000);
Console.WriteLine();
Console.WriteLine("== backfill: 365 days, 10 legs, exchange simulator in-process ==");
await BackfillBenchmark.RunAsync(days: 365, legsPerVenue: 5);

static string LocalRedis()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var infra = Path.Combine(dir.FullName, ".local", "infra.json");
        if (!File.Exists(infra)) continue;
        using var json = JsonDocument.Parse(File.ReadAllText(infra));
        return json.RootElement.GetProperty("Infrastructure").GetProperty("Local").GetProperty("Redis").GetString()!;
    }
    throw new InvalidOperationException("No --redis given and no .local/infra.json found (run deploy/local/start.sh).");
}
