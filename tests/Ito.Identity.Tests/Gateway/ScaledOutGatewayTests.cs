using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Identity.Tests.Harness;
using Ito.Testing;

namespace Ito.Identity.Tests.Gateway;

/// <summary>
/// Two gateway instances in front of the same identity and Redis: each trusts its own memory for a moment, yet a
/// revocation or logout reaches both within 5 s, and together they never let a key past its hourly limit.
/// </summary>
[Collection(FrontDoorCollection.Name)]
public sealed class ScaledOutGatewayTests(GatewayHarness harness) : IAsyncLifetime
{
    private static readonly TimeSpan Promise = TimeSpan.FromSeconds(5);
    private readonly HttpClient first = harness.CreateClient();
    private AnotherGatewayInstance secondInstance = null!;
    private HttpClient second = null!;

    public Task InitializeAsync()
    {
        secondInstance = new AnotherGatewayInstance(harness);
        second = secondInstance.CreateGatewayClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await secondInstance.DisposeAsync();

    [Fact]
    public async Task A_key_revoked_through_one_instance_is_refused_by_both_within_five_seconds_even_in_constant_use()
    {
        var session = await first.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["markets:read"]);
        foreach (var gateway in new[] { first, second, first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode);
        }

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(HttpMethod.Delete, $"/api/internal/api-keys/{id}")).StatusCode);
        // Requests keep both instances' copies hot the whole time, so only an eviction (or the refresh finding Redis
        // empty) can end them.
        var refusedBy = new HashSet<HttpClient>();
        while (refusedBy.Count < 2 && clock.Elapsed < Promise)
        {
            foreach (var gateway in new[] { first, second })
            {
                var status = (await gateway.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode;
                if (status == HttpStatusCode.Unauthorized) refusedBy.Add(gateway);
                else Assert.False(refusedBy.Contains(gateway), "an instance accepted the key again after refusing it");
            }
        }
        Assert.Equal(2, refusedBy.Count);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Promise);
    }

    [Fact]
    public async Task A_session_logged_out_on_one_instance_ends_there_at_once_and_on_the_other_within_five_seconds()
    {
        var onFirst = await first.SignUpAsync();
        var onSecond = new BrowserSession(second, onFirst.UserName, onFirst.SetCookies);
        Assert.Equal(HttpStatusCode.OK, (await onFirst.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode);

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await onFirst.SendAsync(HttpMethod.Post, "/api/internal/auth/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await onFirst.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode);

        // No message tells the second instance; its copy in memory must simply run out.
        await Eventually.TrueAsync(
            async () => (await onSecond.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode == HttpStatusCode.Unauthorized,
            Promise, "the other instance to refuse the ended session");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Promise);
    }

    [Fact]
    public async Task Two_instances_together_let_a_key_through_exactly_its_hourly_limit_and_count_it()
    {
        const int Limit = 40;
        var session = await first.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["markets:read"], rateLimitPerHour: Limit);

        async Task<int> BurstAsync(int requests)
        {
            var statuses = await Task.WhenAll(Enumerable.Range(0, requests).Select(i =>
                (i % 2 == 0 ? first : second).SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)));
            Assert.All(statuses, s => Assert.Contains(s.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            return statuses.Count(s => s.StatusCode == HttpStatusCode.OK);
        }

        var allowed = await BurstAsync(60);
        Assert.InRange(allowed, 1, Limit);
        // Permits one instance holds unused are denied to the other only until it gives them back when idle.
        var quiet = TimeSpan.FromSeconds(3.5);
        for (var round = 0; round < 6 && allowed < Limit; round++)
        {
            await Task.Delay(quiet);
            allowed += await BurstAsync(20);
        }
        Assert.Equal(Limit, allowed);
        await Task.Delay(quiet);
        Assert.Equal(0, await BurstAsync(10));

        await Eventually.TrueAsync(async () =>
        {
            var usage = await (await session.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{id}/usage")).Content.ReadFromJsonAsync<JsonElement>();
            return usage.GetProperty("hours").EnumerateArray().Sum(h => h.GetProperty("requests").GetInt64()) == Limit;
        }, TimeSpan.FromSeconds(10), "both instances' usage to reach identity");
    }
}
