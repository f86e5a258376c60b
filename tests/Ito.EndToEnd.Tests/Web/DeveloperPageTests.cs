using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>
/// The developer portal: a key is created, shown once, copied from the page and used by a real HTTP client (curl)
/// against the gateway; its usage is charted; once revoked, the gateway refuses it.
/// </summary>
public sealed partial class DeveloperPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_user_creates_a_key_copies_it_uses_it_with_curl_sees_its_usage_and_revokes_it()
    {
        var page = await NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        using var session = await ApiSession.SignInAsync(System, page);
        await OpenAsync(page, "/developer");
        await Expect(page.GetByText("You have no API keys yet")).ToBeVisibleAsync();

        var name = "curl " + Guid.NewGuid().ToString("N")[..6];
        var key = await DeveloperPortal.CreateKeyAsync(page, name, "baskets:read");
        Assert.Matches(TestKey(), key);
        await Expect(page.GetByText("it will not be shown again")).ToBeVisibleAsync();
        await CheckPageAsync(page, "developer");

        // Copy puts exactly the key shown on the clipboard.
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(key, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        var gateway = System.Gateway.BaseAddress!.ToString().TrimEnd('/');
        var allowed = await Curl.GetAsync($"{gateway}/api/v1/baskets", key);
        Assert.True(allowed.Status == 200, $"curl with the new key: {allowed.Status}\n{allowed.Output}");
        Assert.True(allowed.Headers.ContainsKey("x-ratelimit-limit"), $"no X-RateLimit-Limit in:\n{allowed.Output}");
        Assert.Equal("1000", allowed.Headers["x-ratelimit-limit"]);
        // The key holds only baskets:read: markets are another scope.
        Assert.Equal(403, (await Curl.GetAsync($"{gateway}/api/v1/markets/search?q=x", key)).Status);

        // The list shows the key by name and prefix, never in full.
        await OpenAsync(page, "/developer");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync(key[..12]);
        await Expect(row).ToContainTextAsync("Active");
        await Expect(row).ToContainTextAsync("baskets:read");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        // The gateway counts requests and flushes them to identity every few seconds; the usage page charts them.
        await row.GetByRole(AriaRole.Link, new() { Name = $"Usage of {name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Expect(page.Locator("canvas[data-chart='bar']")).ToBeVisibleAsync();
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (await page.Locator("#usage-summary").InnerTextAsync() is var summary && summary.StartsWith("No requests", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the usage page never showed the curl requests");
            await Task.Delay(3000);
            await page.ReloadAsync();
        }
        await Expect(page.Locator("#usage-summary")).ToContainTextAsync("requests in total");
        await page.GetByText("Every hour with requests").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).Last.GetByRole(AriaRole.Row)).Not.ToHaveCountAsync(1);
        await CheckPageAsync(page, "developer-key-usage");

        await OpenAsync(page, "/developer");
        row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await row.GetByText("Revoke…").ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("API key revoked");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Revoked");

        var refusedBy = DateTime.UtcNow.AddSeconds(15);
        Curl.Answer refused;
        while ((refused = await Curl.GetAsync($"{gateway}/api/v1/baskets", key)).Status != 401)
        {
            Assert.True(DateTime.UtcNow < refusedBy, $"the revoked key was still accepted after 15 s: {refused.Status}");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task A_key_the_api_rejects_shows_each_error_next_to_its_field()
    {
        var page = await NewPageAsync();
        using var session = await ApiSession.SignInAsync(System, page);
        await OpenAsync(page, "/developer");

        foreach (var scope in new[] { "baskets:read", "markets:read" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = scope }).UncheckAsync();
        }
        await page.GetByLabel("Expires on (optional)").FillAsync("2020-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create API key" }).ClickAsync();

        await Expect(page.Locator("#key-name-error")).ToContainTextAsync("Name is required");
        await Expect(page.Locator("#key-scopes-error")).ToContainTextAsync("At least one scope");
        await Expect(page.Locator("#key-expires-error")).ToContainTextAsync("Expiry must be in the future");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveAttributeAsync("aria-describedby", new Regex("key-name-error"));
        await Expect(page.Locator("#new-api-key")).ToHaveCountAsync(0);
        await AxeAsync(page);
    }

    [GeneratedRegex("^bkt_test_[0-9A-Za-z]{40}$")]
    private static partial Regex TestKey();
}

/// <summary>The developer portal's steps that other page tests need too.</summary>
internal static class DeveloperPortal
{
    /// <summary>Creates a test-mode key with exactly these scopes on /developer and returns the key the page shows once.</summary>
    public static async Task<string> CreateKeyAsync(IPage page, string name, params string[] scopes)
    {
        if (!page.Url.EndsWith("/developer", StringComparison.Ordinal)) await page.GotoAsync("/developer");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Test" }).CheckAsync();
        foreach (var checkbox in await page.GetByRole(AriaRole.Group, new() { Name = "Scopes" }).GetByRole(AriaRole.Checkbox).AllAsync())
        {
            var scope = await checkbox.GetAttributeAsync("data-scope");
            await checkbox.SetCheckedAsync(scopes.Contains(scope ?? ""));
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Create API key" }).ClickAsync();
        var shown = page.GetByLabel("API key", new() { Exact = true });
        await Expect(shown).ToBeVisibleAsync();
        await Expect(shown).ToHaveAttributeAsync("readonly", "");
        return await shown.InputValueAsync();
    }
}

/// <summary>
/// A new account signed in through the API, its session handed to the browser. The sign-in pages have tests of their
/// own; here the pages under test get a signed-in user even when a busy machine makes password hashing slow.
/// </summary>
internal sealed class ApiSession : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly Uri gateway;

    private ApiSession(SystemFixture system, TestUser user)
    {
        User = user;
        gateway = system.Gateway.BaseAddress!;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Client { get; }

    public TestUser User { get; }

    public static async Task<ApiSession> StartAsync(SystemFixture system)
    {
        var user = await Accounts.RegisterAsync(system);
        var session = new ApiSession(system, user);
        var login = await session.Client.PostAsJsonAsync("/api/internal/auth/login", new { userName = user.UserName, password = user.Password });
        Assert.True(login.IsSuccessStatusCode, $"login {user.UserName}: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        return session;
    }

    /// <summary>Signs a new user in and gives the browser page their session; the header then offers "Sign out".</summary>
    public static async Task<ApiSession> SignInAsync(SystemFixture system, IPage page)
    {
        var session = await StartAsync(system);
        await page.Context.AddCookiesAsync(session.cookies.GetAllCookies()
            .Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Url = session.gateway.ToString() }));
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        return session;
    }

    /// <summary>Creates an API key as the web page does: a session call with the double-submit CSRF header.</summary>
    public async Task<string> CreateKeyAsync(string name, params string[] scopes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/internal/api-keys")
        {
            Content = JsonContent.Create(new { name, scopes, mode = "test" }),
        };
        request.Headers.Add("X-CSRF-Token", cookies.GetCookies(gateway)["ito_csrf"]?.Value);
        var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create key: {(int)response.StatusCode} {body}");
        return (string)JsonNode.Parse(body)!["key"]!;
    }

    public void Dispose() => Client.Dispose();
}

/// <summary>curl, as a program using the API would: a separate process with nothing of the browser's.</summary>
internal static class Curl
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body, string Output);

    public static async Task<Answer> GetAsync(string url, string apiKey)
    {
        var (exit, output, errors) = await RunAsync("curl", "-sS", "-i", "--max-time", "20", "-H", $"Authorization: Bearer {apiKey}", url);
        Assert.True(exit == 0, $"curl exited {exit}: {errors}");
        return Parse(output);
    }

    public static async Task<(int Exit, string Output, string Errors)> RunAsync(string program, params string[] arguments) =>
        await RunAsync(program, arguments, environment: null, workingDirectory: null);

    public static async Task<(int Exit, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Reads <c>curl -i</c> output: the last status line and its headers (after any 100 Continue), then the body.</summary>
    public static Answer Parse(string output)
    {
        var normalized = output.Replace("\r\n", "\n", StringComparison.Ordinal);
        var headEnd = normalized.LastIndexOf("\nHTTP/", StringComparison.Ordinal) is var last and >= 0 ? last + 1 : 0;
        var blank = normalized.IndexOf("\n\n", headEnd, StringComparison.Ordinal);
        var head = blank < 0 ? normalized[headEnd..] : normalized[headEnd..blank];
        var body = blank < 0 ? "" : normalized[(blank + 2)..];
        var lines = head.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
        return new Answer(status, headers, body, output);
    }
}
