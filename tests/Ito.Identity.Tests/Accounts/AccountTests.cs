using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Identity.Tests.Harness;

namespace Ito.Identity.Tests.Accounts;

/// <summary>Registration, sign-in, cookies, lockout and sign-out, all through the gateway.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class AccountTests(GatewayHarness harness)
{
    private readonly HttpClient client = harness.CreateClient();

    [Fact]
    public async Task Sign_in_sets_a_30_day_httponly_lax_session_cookie_and_a_readable_csrf_cookie()
    {
        var session = await client.SignUpAsync();

        var sessionCookie = session.SetCookies.Single(c => c.StartsWith("ito_session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", sessionCookie);
        Assert.Contains("samesite=lax", sessionCookie);
        Assert.Contains("path=/", sessionCookie);
        Assert.DoesNotContain("secure", sessionCookie); // plain http here; see the https test
        var expires = DateTimeOffset.Parse(sessionCookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.Ordinal)).Split('=')[1]);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var csrfCookie = session.SetCookies.Single(c => c.StartsWith("ito_csrf=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.DoesNotContain("httponly", csrfCookie);
        Assert.Contains("samesite=lax", csrfCookie);

        var me = await session.SendAsync(HttpMethod.Get, "/api/internal/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        using var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.Equal(session.UserName, body.RootElement.GetProperty("user").GetProperty("userName").GetString());
        Assert.False(body.RootElement.GetProperty("user").GetProperty("isAdmin").GetBoolean());
        Assert.Equal(5, body.RootElement.GetProperty("scopes").GetArrayLength());
    }

    [Fact]
    public async Task Cookies_are_secure_when_the_caller_came_over_https()
    {
        var userName = FrontDoor.NewUserName();
        await client.PostAsJsonAsync("/api/internal/auth/register", new { userName, email = userName + "@example.com", password = FrontDoor.Password });
        var httpsClient = harness.CreateClient();
        httpsClient.BaseAddress = new Uri("https://localhost");
        var response = await httpsClient.PostAsJsonAsync("/api/internal/auth/login", new { userName, password = FrontDoor.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("short1!", "password")]
    [InlineData("onlylettersherenope", "password")]
    [InlineData("123456789012345", "password")]
    [InlineData("", "password")]
    public async Task A_weak_password_is_refused_naming_the_field(string password, string field)
    {
        var userName = FrontDoor.NewUserName();
        var response = await client.PostAsJsonAsync("/api/internal/auth/register", new { userName, email = userName + "@example.com", password });
        await AssertValidationProblemAsync(response, field);
        var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName, password = FrontDoor.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode); // nothing was created
    }

    [Fact]
    public async Task The_password_cannot_be_the_username()
    {
        var userName = "user_" + Guid.NewGuid().ToString("N")[..10];
        var response = await client.PostAsJsonAsync("/api/internal/auth/register", new { userName, email = "x" + userName + "@example.com", password = userName });
        await AssertValidationProblemAsync(response, "password");
    }

    [Fact]
    public async Task A_taken_username_is_a_conflict()
    {
        var session = await client.SignUpAsync();
        var again = await client.PostAsJsonAsync("/api/internal/auth/register",
            new { userName = session.UserName.ToUpperInvariant(), email = "other-" + session.UserName + "@example.com", password = FrontDoor.Password });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var session = await client.SignUpAsync();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = session.UserName, password = "wrong password " + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = session.UserName, password = FrontDoor.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("application/problem+json", right.Content.Headers.ContentType?.MediaType);
        Assert.InRange(right.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.False(right.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Parallel_guessing_is_counted_in_full_and_locks_the_account()
    {
        var session = await client.SignUpAsync();
        var guesses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.PostAsJsonAsync("/api/internal/auth/login", new { userName = session.UserName, password = "parallel guess no " + i })));
        Assert.All(guesses, g => Assert.Contains(g.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));

        var right = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = session.UserName, password = FrontDoor.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Unknown_users_and_wrong_passwords_get_the_same_answer()
    {
        var session = await client.SignUpAsync();
        var wrong = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = session.UserName, password = "not the password 1" });
        var unknown = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = FrontDoor.NewUserName(), password = "not the password 1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Without(await wrong.Content.ReadAsStringAsync(), "traceId"), Without(await unknown.Content.ReadAsStringAsync(), "traceId"));
    }

    [Fact]
    public async Task Logout_ends_the_session_at_once()
    {
        var session = await client.SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await session.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode);

        var logout = await session.SendAsync(HttpMethod.Post, "/api/internal/auth/logout");
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ito_session=;", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(HttpMethod.Get, "/api/internal/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Cookie_authenticated_changes_need_the_csrf_header()
    {
        var session = await client.SignUpAsync();
        var body = new { name = "k", scopes = new[] { "baskets:read" } };

        var without = await session.SendAsync(HttpMethod.Post, "/api/internal/api-keys", body, withCsrfHeader: false);
        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        var logoutWithout = await session.SendAsync(HttpMethod.Post, "/api/internal/auth/logout", withCsrfHeader: false);
        Assert.Equal(HttpStatusCode.Forbidden, logoutWithout.StatusCode);

        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/internal/api-keys") { Content = JsonContent.Create(body) };
        forged.Headers.Add("Cookie", $"ito_session={session.Cookie("ito_session")}; ito_csrf=attacker");
        forged.Headers.Add("X-CSRF-Token", "something-else");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(forged)).StatusCode);

        var list = await session.SendAsync(HttpMethod.Get, "/api/internal/api-keys", withCsrfHeader: false);
        Assert.Equal("[]", await list.Content.ReadAsStringAsync()); // the refused creations changed nothing

        Assert.Equal(HttpStatusCode.Created, (await session.SendAsync(HttpMethod.Post, "/api/internal/api-keys", body)).StatusCode);
    }

    internal static async Task AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("https://docs.itomarkets.dev/problems/validation", problem.RootElement.GetProperty("type").GetString());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no error for '{field}'");
    }

    internal static string Without(string json, string property)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove(property);
        return node.ToJsonString();
    }
}
