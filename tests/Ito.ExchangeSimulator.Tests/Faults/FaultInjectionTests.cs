using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Faults;

public sealed class FaultInjectionTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Latency_is_added_to_matching_requests_only()
    {
        await Reset();
        await Add(new { venue = "kalshi", path = "/exchange/status", latencyMs = 1500 });
        var slow = Stopwatch.StartNew();
        await _client.GetJson("/kalshi/trade-api/v2/exchange/status");
        Assert.True(slow.ElapsedMilliseconds >= 1450, $"{slow.ElapsedMilliseconds} ms");
        var fast = Stopwatch.StartNew();
        await _client.GetJson("/polymarket/clob/version");
        // Only matching requests wait (generous bound: this machine runs tests in parallel on two cores).
        Assert.True(fast.ElapsedMilliseconds < 1000, $"{fast.ElapsedMilliseconds} ms");
        await Reset();
    }

    [Fact]
    public async Task Too_many_requests_burst_answers_429_with_the_venue_body_then_recovers()
    {
        await Reset();
        await Add(new { venue = "kalshi", tooManyRequests = 2 });
        for (var i = 0; i < 2; i++)
        {
            var limited = await _client.GetJson("/kalshi/trade-api/v2/exchange/status", HttpStatusCode.TooManyRequests);
            Assert.Equal("too many requests", limited.GetProperty("error").GetString());
        }
        await _client.GetJson("/kalshi/trade-api/v2/exchange/status");
        await _client.GetJson("/polymarket/clob/version");
        await Reset();
    }

    [Fact]
    public async Task Server_errors_use_the_configured_status_and_venue_body()
    {
        await Reset();
        await Add(new { venue = "polymarket", path = "/gamma/", serverErrors = 1, serverErrorStatus = 503 });
        var error = await _client.GetJson("/polymarket/gamma/markets?limit=1", HttpStatusCode.ServiceUnavailable);
        Assert.Equal(System.Text.Json.JsonValueKind.String, error.GetProperty("error").ValueKind);
        await _client.GetJson("/polymarket/gamma/markets?limit=1");
        await Reset();
    }

    [Fact]
    public async Task Seeded_rates_repeat_exactly()
    {
        async Task<string> Run()
        {
            await Reset();
            await Add(new { venue = "kalshi", serverErrorRate = 0.5, seed = 99 });
            var statuses = new List<int>();
            for (var i = 0; i < 24; i++) statuses.Add((int)(await _client.GetAsync("/kalshi/trade-api/v2/exchange/status")).StatusCode);
            await Reset();
            return string.Join(",", statuses);
        }
        var first = await Run();
        Assert.Contains("500", first);
        Assert.Contains("200", first);
        Assert.Equal(first, await Run());
    }

    [Fact]
    public async Task Dropped_connections_abort_the_request()
    {
        await Reset();
        await Add(new { drops = 1 });
        await Assert.ThrowsAnyAsync<Exception>(() => _client.GetAsync("/kalshi/trade-api/v2/exchange/status"));
        await _client.GetJson("/kalshi/trade-api/v2/exchange/status");
        var rules = await _client.GetJson("/admin/faults");
        Assert.Single(rules.GetProperty("rules").EnumerateArray());
        await Reset();
        Assert.Empty((await _client.GetJson("/admin/faults")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task A_fault_can_be_configured_at_start_up()
    {
        await using var configured = new ConfiguredSimulatorFactory(new Dictionary<string, string?>
        {
            ["Simulator:MarketCount"] = "100",
            ["Simulator:Faults:Venue"] = "polymarket",
            ["Simulator:Faults:TooManyRequests"] = "1",
        });
        var client = configured.CreateClient();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/polymarket/clob/version")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/polymarket/clob/version")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/kalshi/trade-api/v2/exchange/status")).StatusCode);
    }

    private async Task Add(object rule) => Assert.Equal(HttpStatusCode.Created, (await _client.PostAsJsonAsync("/admin/faults", rule)).StatusCode);

    private async Task Reset() => Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync("/admin/faults")).StatusCode);
}
