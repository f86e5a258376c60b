using System.Diagnostics;
using System.Net;
using Ito.Identity.Tests.Harness;
using Ito.Contracts.Identity;
using Ito.Gateway.Auth;
using Ito.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

// Cached API-key validation at the gateway, side by side with the same gateway passing an anonymous request:
// both go through routing, YARP and the same in-process backend; the difference is the front door's work
// (hashing the key, the in-memory credential copy, a rate-limit permit from the in-memory block, the in-memory
// token, header rewrite). Redis is only touched in the background (block refills, credential refresh).
var iterations = args.Length > 0 ? int.Parse(args[0]) : 5000;
const int Warmup = 500;

// Test projects get their hosts' content roots from Mvc.Testing's build step; an executable says where they are.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_IDENTITY", RepositoryPaths.InRepository("services", "Identity"));
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_GATEWAY", RepositoryPaths.InRepository("gateway"));

var harness = new GatewayHarness { LogLevel = "Warning", BackendValidatesTokens = false };
await harness.InitializeAsync();
try
{
    var client = harness.CreateClient();
    var session = await client.SignUpAsync();
    var (key, _) = await session.CreateKeyAsync(["markets:read"], rateLimitPerHour: 100_000);

    async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        using var response = await send();
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = watch.Elapsed.TotalMicroseconds;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Unexpected {response.StatusCode}");
        return elapsed;
    }

    Task<HttpResponseMessage> Anonymous() => client.GetAsync("/bench/page");
    Task<HttpResponseMessage> WithKey() => client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets/bench", key);

    for (var i = 0; i < Warmup; i++)
    {
        await TimeAsync(Anonymous);
        await TimeAsync(WithKey); // the first one fills the credential cache and the token cache
    }

    // The floor under any Redis-backed check on this machine: one PING on the gateway's own connection.
    var redis = harness.GatewayServices.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
    async Task<double> PingAsync()
    {
        var watch = Stopwatch.StartNew();
        await redis.PingAsync();
        return watch.Elapsed.TotalMicroseconds;
    }

    // What a cold instance pays once per key: the shared Redis copy, read directly (a miss after its 60 s costs the same).
    var shared = harness.GatewayServices.GetRequiredService<SharedCredentialStore>();
    var keyHash = CredentialHash.Of(key);
    async Task<double> SharedLookupAsync()
    {
        var watch = Stopwatch.StartNew();
        _ = await shared.FindAsync(keyHash);
        return watch.Elapsed.TotalMicroseconds;
    }

    var loadBefore = LoadAverage();
    var anonymous = new List<double>(iterations);
    var sharedLookups = new List<double>(iterations);
    var pings = new List<double>(iterations);
    var keyed = new List<double>(iterations);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < iterations; i++)
    {
        // Interleaved so both see the same machine load (two cores shared with other work), taking turns at going
        // first so neither always follows the Redis calls below.
        if (i % 2 == 0)
        {
            anonymous.Add(await TimeAsync(Anonymous));
            keyed.Add(await TimeAsync(WithKey));
        }
        else
        {
            keyed.Add(await TimeAsync(WithKey));
            anonymous.Add(await TimeAsync(Anonymous));
        }
        pings.Add(await PingAsync());
        sharedLookups.Add(await SharedLookupAsync());
    }
    var elapsed = clock.Elapsed;
    var loadAfter = LoadAverage();

    static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    void Row(string name, List<double> samples) =>
        Console.WriteLine($"{name,-30}{Percentile(samples, 0.50),10:F0}{Percentile(samples, 0.90),10:F0}{Percentile(samples, 0.99),10:F0}");

    Console.WriteLine($"Gateway latency, {iterations} interleaved requests each (µs), in-process host, Redis on loopback, {elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"Load average (1/5/15 min, runnable/threads) before: {loadBefore}, after: {loadAfter}; {Environment.ProcessorCount} cores");
    Console.WriteLine($"{"",-30}{"p50",10}{"p90",10}{"p99",10}");
    Row("anonymous (no auth)", anonymous);
    Row("API key (cached)", keyed);
    Console.WriteLine($"{"added by key validation",-30}{Percentile(keyed, 0.50) - Percentile(anonymous, 0.50),10:F0}{Percentile(keyed, 0.90) - Percentile(anonymous, 0.90),10:F0}{Percentile(keyed, 0.99) - Percentile(anonymous, 0.99),10:F0}");
    Console.WriteLine("for reference, not on the request path:");
    Row("  Redis round trip (PING)", pings);
    Row("  shared Redis credential read", sharedLookups);
}
finally
{
    await harness.DisposeAsync();
}

// The 1/5/15-minute load averages and the threads runnable right now (of all threads).
static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..4]) : "n/a";
