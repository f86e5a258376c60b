using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Identity.Tests.Harness;

namespace Ito.Identity.Tests.Gateway;

/// <summary>API keys end to end: minted once, owned, scoped, refused alike when bad, revoked within seconds.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class ApiKeyTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task A_key_is_shown_once_then_listed_by_prefix_only()
    {
        var session = await client.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["markets:read"], mode: "test",
            expiresAt: DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(2)));

        Assert.Matches("^bkt_test_[0-9A-Za-z]{40}$", key);
        var list = await (await session.SendAsync(HttpMethod.Get, "/api/internal/api-keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(key, list);
        using var keys = JsonDocument.Parse(list);
        var listed = Assert.Single(keys.RootElement.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(key[..16], listed.GetProperty("prefix").GetString());
        Assert.Equal(1000, listed.GetProperty("rateLimitPerHour").GetInt32());
        Assert.Equal("test", listed.GetProperty("mode").GetString());
        Assert.InRange(listed.GetProperty("expiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
        Assert.Equal(["markets:read"], listed.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("name", "", new[] { "baskets:read" })]
    [InlineData("scopes", "k", new string[0])]
    [InlineData("scopes", "k", new[] { "admin:everything" })]
    public async Task An_invalid_key_request_is_refused_naming_the_field(string field, string name, string[] scopes)
    {
        var session = await client.SignUpAsync();
        var response = await session.SendAsync(HttpMethod.Post, "/api/internal/api-keys", new { name, scopes });
        await Accounts.AccountTests.AssertValidationProblemAsync(response, field);
        Assert.Equal("[]", await (await session.SendAsync(HttpMethod.Get, "/api/internal/api-keys")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_user_cannot_list_see_or_revoke_my_keys()
    {
        var alice = await client.SignUpAsync();
        var bob = await client.SignUpAsync();
        var (aliceKey, aliceKeyId) = await alice.CreateKeyAsync(["markets:read"]);

        Assert.Equal("[]", await (await bob.SendAsync(HttpMethod.Get, "/api/internal/api-keys")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{aliceKeyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{aliceKeyId}/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.SendAsync(HttpMethod.Delete, $"/api/internal/api-keys/{aliceKeyId}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", aliceKey)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{aliceKeyId}")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_cannot_manage_api_keys()
    {
        var session = await client.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["baskets:read", "baskets:write", "markets:read", "trades:read", "trades:write"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/internal/api-keys", key)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendWithKeyAsync(HttpMethod.Post, "/api/internal/api-keys", key,
            new { name = "more", scopes = new[] { "trades:write" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendWithKeyAsync(HttpMethod.Delete, $"/api/internal/api-keys/{id}", key)).StatusCode);
    }

    [Fact]
    public async Task A_read_only_key_reads_but_cannot_write()
    {
        var session = await client.SignUpAsync();
        var (key, _) = await session.CreateKeyAsync(["baskets:read"]);

        var read = await (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/baskets/123", key)).ReadEchoAsync();
        Assert.Equal("ito-baskets", read.Token!.Audience);
        Assert.Equal("baskets:read", read.Token.Scope);

        var write = await client.SendWithKeyAsync(HttpMethod.Post, "/api/v1/baskets", key, new { name = "mine" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("https://docs.itomarkets.dev/problems/forbidden", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendWithKeyAsync(HttpMethod.Post, "/api/v1/baskets/123/orders", key, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode);
    }

    [Fact]
    public async Task Expired_revoked_malformed_and_unknown_keys_get_the_same_401()
    {
        var session = await client.SignUpAsync();
        var (expiring, _) = await session.CreateKeyAsync(["markets:read"], expiresAt: DateTimeOffset.UtcNow.AddSeconds(2));
        var (revoked, revokedId) = await session.CreateKeyAsync(["markets:read"]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", expiring)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(HttpMethod.Delete, $"/api/internal/api-keys/{revokedId}")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        string[] bad =
        [
            expiring,
            revoked,
            "bkt_live_short",
            "not-a-key-at-all",
            "bkt_live_" + new string('A', 40),
            "bkt_live_" + new string('é', 40),
        ];
        var bodies = new List<string>();
        foreach (var key in bad)
        {
            var response = await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            bodies.Add(Accounts.AccountTests.Without(await response.Content.ReadAsStringAsync(), "traceId"));
        }
        var anonymous = await client.GetAsync("/api/v1/markets");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        bodies.Add(Accounts.AccountTests.Without(await anonymous.Content.ReadAsStringAsync(), "traceId"));
        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task Revocation_takes_effect_within_five_seconds()
    {
        var session = await client.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["markets:read"]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode); // now cached

        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.NoContent, (await session.SendAsync(HttpMethod.Delete, $"/api/internal/api-keys/{id}")).StatusCode);
        await Ito.Testing.Eventually.TrueAsync(
            async () => (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5), "the revoked key to be refused");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));

        using var listed = JsonDocument.Parse(await (await session.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{id}")).Content.ReadAsStringAsync());
        Assert.NotEqual(JsonValueKind.Null, listed.RootElement.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task The_hourly_limit_is_announced_and_enforced()
    {
        var session = await client.SignUpAsync();
        var (key, _) = await session.CreateKeyAsync(["markets:read"], rateLimitPerHour: 3);

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var allowed = await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal("3", allowed.Headers.GetValues("X-RateLimit-Limit").Single());
            Assert.Equal(remaining.ToString(), allowed.Headers.GetValues("X-RateLimit-Remaining").Single());
            var reset = DateTimeOffset.FromUnixTimeSeconds(long.Parse(allowed.Headers.GetValues("X-RateLimit-Reset").Single()));
            Assert.Equal(0, reset.Minute);
            Assert.InRange(reset - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromHours(1));
        }

        var refused = await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("0", refused.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("https://docs.itomarkets.dev/problems/rate-limited",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Usage_per_hour_reaches_identity()
    {
        var session = await client.SignUpAsync();
        var (key, id) = await session.CreateKeyAsync(["markets:read"]);
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.OK, (await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/markets", key)).StatusCode);

        JsonElement usage = default;
        await Ito.Testing.Eventually.TrueAsync(async () =>
        {
            usage = await (await session.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{id}/usage")).Content.ReadFromJsonAsync<JsonElement>();
            return usage.GetProperty("hours").EnumerateArray().Sum(h => h.GetProperty("requests").GetInt64()) == 4;
        }, TimeSpan.FromSeconds(10), "usage to be flushed to identity");

        var hours = usage.GetProperty("hours").EnumerateArray().ToList();
        Assert.Equal(7 * 24, hours.Count);
        Assert.Equal(4, hours[^1].GetProperty("requests").GetInt64()); // the current hour
        using var listed = JsonDocument.Parse(await (await session.SendAsync(HttpMethod.Get, $"/api/internal/api-keys/{id}")).Content.ReadAsStringAsync());
        Assert.Equal(4, listed.RootElement.GetProperty("totalRequests").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, listed.RootElement.GetProperty("lastUsedAt").ValueKind);
    }
}
