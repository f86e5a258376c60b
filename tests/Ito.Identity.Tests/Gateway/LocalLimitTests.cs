using System.Net;
using Ito.Identity.Tests.Harness;

namespace Ito.Identity.Tests.Gateway;

/// <summary>One instance spending permits from memory: exact under concurrency, announced correctly.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class LocalLimitTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task Concurrent_requests_get_exactly_the_limit_each_with_its_own_remaining_count()
    {
        const int Limit = 25;
        var session = await client.SignUpAsync();
        var (key, _) = await session.CreateKeyAsync(["markets:read"], rateLimitPerHour: Limit);

        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)));

        var allowed = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(Limit, allowed.Count);
        Assert.Equal(60 - Limit, refused.Count);
        Assert.Equal(Enumerable.Range(0, Limit), allowed.Select(r => int.Parse(r.Headers.GetValues("X-RateLimit-Remaining").Single())).Order());
        Assert.All(refused, r =>
        {
            Assert.Equal("0", r.Headers.GetValues("X-RateLimit-Remaining").Single());
            Assert.NotNull(r.Headers.RetryAfter?.Delta);
        });
    }
}
