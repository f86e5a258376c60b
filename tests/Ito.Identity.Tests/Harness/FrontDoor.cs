using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ito.Identity.Tests.Harness;

/// <summary>What a browser or an API client does at the gateway: register, sign in, carry cookies, mint keys.</summary>
public static class FrontDoor
{
    public const string Password = "correct horse battery 42";

    public static string NewUserName() => "u" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Registers and signs in a new user; returns their browser session.</summary>
    public static async Task<BrowserSession> SignUpAsync(this HttpClient client, string? userName = null)
    {
        userName ??= NewUserName();
        var registered = await client.PostAsJsonAsync("/api/internal/auth/register", new { userName, email = userName + "@example.com", password = Password });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return await client.SignInAsync(userName, Password);
    }

    public static async Task<BrowserSession> SignInAsync(this HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new BrowserSession(client, userName, response.Headers.GetValues("Set-Cookie").ToList());
    }

    /// <summary>Creates an API key as a signed-in user; returns the full key and its id.</summary>
    public static async Task<(string Key, Guid Id)> CreateKeyAsync(this BrowserSession session, string[] scopes, int? rateLimitPerHour = null,
        DateTimeOffset? expiresAt = null, string? mode = null)
    {
        var response = await session.SendAsync(HttpMethod.Post, "/api/internal/api-keys",
            new { name = "test key", scopes, rateLimitPerHour, expiresAt, mode });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("key").GetString()!, body.RootElement.GetProperty("apiKey").GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> SendWithKeyAsync(this HttpClient client, HttpMethod method, string path, string key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null) request.Content = JsonContent.Create(body);
        return client.SendAsync(request);
    }

    public static async Task<Echo> ReadEchoAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Echo>())!;
    }
}

/// <summary>A signed-in browser: sends its cookies and, on unsafe methods, the antiforgery header.</summary>
public sealed class BrowserSession(HttpClient client, string userName, IReadOnlyList<string> setCookies)
{
    public string UserName => userName;

    public IReadOnlyList<string> SetCookies => setCookies;

    public string Cookie(string name) =>
        setCookies.Select(c => c.Split(';')[0]).First(c => c.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, bool withCsrfHeader = true)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", $"ito_session={Cookie("ito_session")}; ito_csrf={Cookie("ito_csrf")}");
        if (withCsrfHeader) request.Headers.Add("X-CSRF-Token", Cookie("ito_csrf"));
        if (body is not null) request.Content = JsonContent.Create(body);
        return client.SendAsync(request);
    }
}
