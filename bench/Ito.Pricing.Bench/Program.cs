using System.Text.Json;
using Ito.Pricing.Bench;

// Pricing benchmarks, one command (from the repository root, with the local servers of deploy/local running):
//
//     dotnet run -c Release --project bench/Ito.Pricing.Bench [-- --redis "host:port,password=…"] [-- --only live|gateway|backfill]
//
// 1. live: tick → basket price in Redis through pricing's own recompute + fan-out code (in-memory book of 5k markets
//    and 10k baskets, pipelined Redis write, read back with HGET). No RabbitMQ, Postgres or HTTP in this figure.
// 2. gateway: the figure end to end — MarketPriceChanged published on RabbitMQ → pricing consumes it
//    (Postgres transaction, Redis, stream) → the new price arrives on the basket's SSE stream read through the real
//    gateway (session cookie, internal token, YARP), identity + pricing + gateway in-process on Kestrel, on a
//    throwaway database and vhost; 5k markets and 10k baskets seeded into pricing's tables. Then GET …/price
//    through the gateway must show the same as-of (its round trip is reported). Goal: p99 < 100 ms.
// 3. backfill: 365 days of a 10-leg basket from the exchange simulator in-process.
// Each figure prints the machine's load averages: other engineers' builds share this 2-core box, so rerun when noisy.
// Without --redis, figure 1 uses the local servers' Redis (.local/infra.json, written by deploy/local/start.sh).
var only = Option("--only");

if (only is null or "live")
{
    Console.WriteLine("== live: tick → basket price in Redis (in-process recompute path) ==");
    Console.WriteLine($"machine: {MachineLoad.Now()}");
    await LiveTickBenchmark.RunAsync(Option("--redis") ?? LocalRedis(), markets: 5000, baskets: 10_000, ticks: 2000);
    Console.WriteLine();
}
if (only is null or "gateway")
{
    Console.WriteLine("== gateway: tick on RabbitMQ → price readable through the gateway (SSE), 5k markets, 10k baskets ==");
    await GatewayPathBenchmark.RunAsync(markets: 5000, baskets: 10_000, ticks: 500, hotTicks: 100);
    Console.WriteLine();
}
if (only is null or "backfill")
{
    Console.WriteLine("== backfill: 365 days, 10 legs, exchange simulator in-process ==");
    Console.WriteLine($"machine: {MachineLoad.Now()}");
    await BackfillBenchmark.RunAsync(days: 365, legsPerVenue: 5);
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

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
