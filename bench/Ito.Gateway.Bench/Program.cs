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
// (hashing the key, one Redis round trip for cache + rate limit + usage, the in-memory token, header rewrite).
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

    var credentials = harness.GatewayServices.GetRequiredService<VerifiedCredentialCache>();
    var keyHash = CredentialHash.Of(key);
    async Task<double> LookupAsync()
    {
        var watch = Stopwatch.StartNew();
        _ = await credentials.LookupAsync(keyHash) ?? throw new InvalidOperationException("The key fell out of the cache.");
        return watch.Elapsed.TotalMicroseconds;
    }

    var anonymous = new List<double>(iterations);
    var lookups = new List<double>(iterations);
    var pings = new List<double>(iterations);
    var keyed = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        // Interleaved so both see the same machine load (two cores shared with other work).
        anonymous.Add(await TimeAsync(Anonymous));
        keyed.Add(await TimeAsync(WithKey));
        pings.Add(await PingAsync());
        lookups.Add(await LookupAsync());
    }

    static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    Console.WriteLine($"Gateway latency, {iterations} interleaved requests each (µs), in-process host, Redis on loopback");
    Console.WriteLine($"{"",-28}{"p50",10}{"p90",10}{"p99",10}");
    Console.WriteLine($"{"anonymous (no auth)",-28}{Percentile(anonymous, 0.50),10:F0}{Percentile(anonymous, 0.90),10:F0}{Percentile(anonymous, 0.99),10:F0}");
    Console.WriteLine($"{"API key (cached)",-28}{Percentile(keyed, 0.50),10:F0}{Percentile(keyed, 0.90),10:F0}{Percentile(keyed, 0.99),10:F0}");
    Console.WriteLine($"{"Redis round trip (PING)",-28}{Percentile(pings, 0.50),10:F0}{Percentile(pings, 0.90),10:F0}{Percentile(pings, 0.99),10:F0}");
    Console.WriteLine($"{"cache + rate-limit script",-28}{Percentile(lookups, 0.50),10:F0}{Percentile(lookups, 0.90),10:F0}{Percentile(lookups, 0.99),10:F0}");
    Console.WriteLine($"{"added by key validation",-28}{Percentile(keyed, 0.50) - Percentile(anonymous, 0.50),10:F0}{Percentile(keyed, 0.90) - Percentile(anonymous, 0.90),10:F0}{Percentile(keyed, 0.99) - Percentile(anonymous, 0.99),10:F0}");
}
finally
{
    await harness.DisposeAsync();
}
