using System.Net;
using System.Net.Http.Json;
using Ito.Identity.Tests.Harness;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;

namespace Ito.Identity.Tests.Gateway;

/// <summary>What reaches a service: only the gateway's own internal token, never what the client claimed.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class ForwardingTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task Forged_identity_headers_are_stripped_and_the_key_owner_is_forwarded()
    {
        var session = await client.SignUpAsync();
        var (key, keyId) = await session.CreateKeyAsync(["trades:read"]);
        var forged = new TestTokens().For(ServiceNamesUnderTest.Trading, Guid.NewGuid(), admin: true);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/positions");
        request.Headers.Authorization = new("Bearer", key);
        request.Headers.Add("X-User-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-User-Role", "admin");
        request.Headers.Add("X-Internal-Token", forged);
        request.Headers.Add("Cookie", "ito_session=whatever; other=1");
        var echo = await (await client.SendAsync(request)).ReadEchoAsync();

        Assert.True(echo.Token!.Valid);
        Assert.Equal("ito-trading", echo.Token.Audience);
        Assert.Equal(keyId.ToString(), echo.Token.ApiKeyId);
        Assert.Equal("trades:read", echo.Token.Scope);
        Assert.DoesNotContain(echo.Headers, h => h is "X-User-Id" or "X-User-Role" or "X-Internal-Token" or "Cookie");
        Assert.Equal("", echo.Cookie);
    }

    [Fact]
    public async Task A_test_key_is_marked_as_such_in_the_forwarded_token_and_a_live_key_is_not()
    {
        var session = await client.SignUpAsync();
        var (testKey, _) = await session.CreateKeyAsync(["trades:write"], mode: "test");
        var (liveKey, _) = await session.CreateKeyAsync(["trades:write"], mode: "live");

        var test = await (await client.SendWithKeyAsync(HttpMethod.Post, "/api/v1/orders/x", testKey)).ReadEchoAsync();
        var live = await (await client.SendWithKeyAsync(HttpMethod.Post, "/api/v1/orders/x", liveKey)).ReadEchoAsync();

        Assert.StartsWith("bkt_test_", testKey);
        Assert.True(test.Token!.Valid);
        Assert.True(test.Token.TestKey);
        Assert.True(live.Token!.Valid);
        Assert.False(live.Token.TestKey);
    }

    [Fact]
    public async Task A_forged_internal_token_as_bearer_is_refused()
    {
        var forged = new TestTokens().For(ServiceNamesUnderTest.Trading, Guid.NewGuid(), admin: true);
        var response = await client.SendWithKeyAsync(HttpMethod.Get, "/api/v1/positions", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Plain_identity_headers_alone_authenticate_nobody()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/positions");
        request.Headers.Add("X-User-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-Internal-Token", new TestTokens().For(ServiceNamesUnderTest.Trading));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_session_user_holds_every_scope_in_a_token_for_the_target_service()
    {
        var session = await client.SignUpAsync();
        var echo = await (await session.SendAsync(HttpMethod.Post, "/api/v1/baskets/abc/orders", new { amount = 1 })).ReadEchoAsync();
        Assert.Equal("ito-trading", echo.Token!.Audience);
        Assert.Equal(string.Join(' ', Scopes.All), echo.Token.Scope);
        Assert.Null(echo.Token.ApiKeyId);

        var price = await (await session.SendAsync(HttpMethod.Get, "/api/v1/baskets/abc/price")).ReadEchoAsync();
        Assert.Equal("ito-pricing", price.Token!.Audience);
    }

    [Fact]
    public async Task The_web_frontend_is_anonymous_and_keeps_its_cookies()
    {
        var anonymous = await (await client.GetAsync("/markets/some-page")).ReadEchoAsync();
        Assert.Null(anonymous.Token);

        var session = await client.SignUpAsync();
        var signedIn = await (await session.SendAsync(HttpMethod.Get, "/portfolio")).ReadEchoAsync();
        Assert.Equal("ito-web", signedIn.Token!.Audience);
        Assert.Contains("ito_session=", signedIn.Cookie);
    }

    [Fact]
    public async Task Unlisted_api_routes_need_a_caller()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/suggestions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/internal/auth/logout", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/internal/auth/me")).StatusCode);
    }

    private static class ServiceNamesUnderTest
    {
        public const string Trading = "trading";
    }
}
