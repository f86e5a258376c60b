using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Ito.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>The market builder: search both venues, build a basket in the URL, create it; the API's errors by the leg they name.</summary>
public sealed partial class BuilderPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_user_searches_both_venues_builds_a_weighted_basket_sees_its_shares_and_price_and_creates_it()
    {
        var (kalshi, polymarket) = await BuilderMarkets.TwoOpenMarketsAsync(System, Log);
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/builder");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Build a basket" })).ToBeVisibleAsync();

        await AddFromSearchAsync(page, kalshi, "Kalshi", "YES");
        await AddFromSearchAsync(page, polymarket, "Polymarket", "NO");

        // The draft lives in the URL: both legs, with their sides.
        Assert.Contains(Uri.EscapeDataString($"{kalshi.Id}~YES~1"), page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Uri.EscapeDataString($"{polymarket.Id}~NO~1"), page.Url, StringComparison.OrdinalIgnoreCase);

        await page.GetByLabel($"Weight for {kalshi.Title}", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel($"Weight for {polymarket.Title}", new() { Exact = true }).FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Update preview" }).ClickAsync();

        await Expect(page.Locator("#leg-0-share")).ToContainTextAsync("Share 25.0%", new() { Timeout = AfterPost.Milliseconds });
        await Expect(page.Locator("#leg-1-share")).ToContainTextAsync("Share 75.0%");
        await Expect(page.Locator("#leg-1-share")).ToContainTextAsync("NO price");
        await Expect(page.Locator(".price")).ToHaveTextAsync(PreviewPrice());
        await CheckPageAsync(page, "builder");

        var name = $"E2E builder {Guid.NewGuid():N}"[..24];
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create basket" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(BasketPage(), new() { Timeout = AfterPost.Milliseconds });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = name })).ToBeVisibleAsync(AfterPost.Visible);
    }

    [Fact]
    public async Task A_weight_the_API_refuses_is_explained_next_to_that_legs_weight_and_nothing_is_created()
    {
        var (kalshi, polymarket) = await BuilderMarkets.TwoOpenMarketsAsync(System, Log);
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/builder");
        await OpenAsync(page, BuilderMarkets.DraftUrl($"Refused {Guid.NewGuid():N}"[..20], (kalshi, "YES", "2"), (polymarket, "NO", "0")));

        await page.GetByRole(AriaRole.Button, new() { Name = "Create basket" }).ClickAsync();

        var refusedWeight = page.GetByLabel($"Weight for {polymarket.Title}", new() { Exact = true });
        await Expect(refusedWeight).ToHaveAccessibleDescriptionAsync(new Regex("weight must be greater than 0", RegexOptions.IgnoreCase), new() { Timeout = AfterPost.Milliseconds });
        await Expect(page.Locator("#leg-1-weight-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#leg-0-weight-error")).ToHaveCountAsync(0);
        await Expect(page.Locator(".price")).ToHaveTextAsync("Incomplete");
        Assert.EndsWith("/builder", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await AxeAsync(page);
    }

    [Fact]
    public async Task A_draft_link_with_legs_that_cannot_be_read_leaves_them_out_with_a_message()
    {
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/builder");

        await OpenAsync(page, "/builder?leg=garbage&leg=kalshi%3ANOPE~MAYBE~1&leg=nowhere%3AX~YES~1&visibility=secret");

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3 legs could not be read and were left out." })).ToBeVisibleAsync();
        await Expect(page.GetByText("No legs yet")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Private (only you)")).ToBeCheckedAsync();
    }

    private static async Task AddFromSearchAsync(IPage page, BuilderMarket market, string venue, string side)
    {
        await page.GetByLabel("Search markets").FillAsync(market.Title);
        await page.GetByLabel("Venue").SelectOptionAsync(new SelectOptionValue { Label = venue });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var add = page.GetByRole(AriaRole.Button, new() { Name = $"Add {side}: {market.Title}", Exact = true }).First;
        await Expect(add).ToBeVisibleAsync(AfterPost.Visible);
        await add.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = $"Weight for {market.Title}", Exact = true })).ToBeVisibleAsync(AfterPost.Visible);
    }

    [GeneratedRegex(@"^(\d+\.\d¢|Incomplete)$")]
    private static partial Regex PreviewPrice();

    [GeneratedRegex(@"/baskets/[0-9a-f-]{36}$")]
    private static partial Regex BasketPage();
}

public sealed record BuilderMarket(string Id, string Title, string Platform);

/// <summary>How long to wait for what a form post or sign-in brings: the whole system shares two cores with other test runs.</summary>
public static class AfterPost
{
    public const float Milliseconds = 45_000;

    public static LocatorAssertionsToBeVisibleOptions Visible => new() { Timeout = Milliseconds };
}

/// <summary>
/// One open market per venue that search finds by its own title and the baskets service accepts as a leg, found
/// once per test run (syncing the venues first when the system has no open markets yet).
/// </summary>
public static class BuilderMarkets
{
    private static readonly SemaphoreSlim Finding = new(1, 1);
    private static (BuilderMarket Kalshi, BuilderMarket Polymarket)? found;

    public static async Task<(BuilderMarket Kalshi, BuilderMarket Polymarket)> TwoOpenMarketsAsync(SystemFixture system, Action<string> log)
    {
        await Finding.WaitAsync();
        try
        {
            return found ??= await FindAsync(system, log);
        }
        finally
        {
            Finding.Release();
        }
    }

    /// <summary>The builder with a draft in its URL, as the page itself writes it.</summary>
    public static string DraftUrl(string name, params (BuilderMarket Market, string Side, string Weight)[] legs) =>
        "/builder?" + string.Join("&", legs.Select(l => "leg=" + Uri.EscapeDataString($"{l.Market.Id}~{l.Side}~{l.Weight}")))
        + "&name=" + Uri.EscapeDataString(name);

    private static async Task<(BuilderMarket, BuilderMarket)> FindAsync(SystemFixture system, Action<string> log)
    {
        using var admin = await AdminApi.SignInAsync(system);
        if (await OpenMarketsAsync(admin.Client, "kalshi") is [] || await OpenMarketsAsync(admin.Client, "polymarket") is [])
        {
            var sync = await admin.SendAsync(HttpMethod.Post, "/api/cron/sync-markets", null);
            Assert.True(sync.IsSuccessStatusCode, $"starting a market sync: {(int)sync.StatusCode} {await sync.Content.ReadAsStringAsync()}");
            var jobId = (await sync.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
            await Eventually.TrueAsync(async () =>
                (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/cron/sync-markets/{jobId}")).GetProperty("state").GetString() != "running",
                TimeSpan.FromMinutes(5), "the market sync to finish");
            log($"market sync {jobId} finished");
        }

        var kalshi = await FindableAsync(admin.Client, "kalshi");
        var polymarket = await FindableAsync(admin.Client, "polymarket");
        // Baskets learns of markets from ingestion's events: a draft with no name is refused for the name alone once it knows both.
        await Eventually.TrueAsync(async () =>
        {
            var response = await admin.SendAsync(HttpMethod.Post, "/api/v1/baskets", new
            {
                name = "",
                legs = new[] { new { marketId = kalshi.Id, side = "YES", weight = 1 }, new { marketId = polymarket.Id, side = "NO", weight = 1 } },
            });
            if (response.StatusCode != HttpStatusCode.BadRequest) return false;
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            return !errors.EnumerateObject().Any(e => e.Name.StartsWith("legs", StringComparison.Ordinal));
        }, TimeSpan.FromMinutes(8), $"baskets to accept {kalshi.Id} and {polymarket.Id} as legs");
        log($"builder markets: {kalshi.Id} “{kalshi.Title}”, {polymarket.Id} “{polymarket.Title}”");
        return (kalshi, polymarket);
    }

    private static async Task<IReadOnlyList<BuilderMarket>> OpenMarketsAsync(HttpClient client, string platform, string? text = null)
    {
        var query = $"/api/v1/markets/search?platform={platform}&status=open&limit=50" + (text is null ? "" : "&q=" + Uri.EscapeDataString(text));
        var page = await client.GetFromJsonAsync<JsonElement>(query);
        return page.GetProperty("items").EnumerateArray()
            .Select(m => new BuilderMarket(m.GetProperty("id").GetString()!, m.GetProperty("title").GetString()!, platform))
            .ToList();
    }

    /// <summary>An open market whose title is its own (no other market shares it) and finds it on the first page of search.</summary>
    private static async Task<BuilderMarket> FindableAsync(HttpClient client, string platform)
    {
        var candidates = await OpenMarketsAsync(client, platform);
        foreach (var market in candidates.Where(m => m.Title.Length is > 10 and < 90).GroupBy(m => m.Title).Where(g => g.Count() == 1).Select(g => g.Single()).Take(10))
        {
            var hits = await OpenMarketsAsync(client, platform, market.Title);
            if (hits.Count(h => h.Title == market.Title) == 1 && hits.Any(h => h.Id == market.Id)) return market;
        }
        Assert.Fail($"no open {platform} market that search finds by its own title (of {candidates.Count} open ones)");
        return null!;
    }
}

/// <summary>
/// Accounts for these pages' tests, signed in on /login straight back to the page under test: the shared helpers
/// land on the dashboard first, which would make these tests fail whenever the dashboard does.
/// </summary>
public static class PageAccounts
{
    public static async Task<TestUser> SignInNewUserAsync(SystemFixture system, IPage page, string returnUrl, bool admin = false)
    {
        var user = await Accounts.RegisterAsync(system);
        if (admin) await Accounts.PromoteToAdminAsync(system, user);
        await page.GotoAsync("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user.UserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync(AfterPost.Visible);
        Assert.Equal(returnUrl, new Uri(page.Url).PathAndQuery);
        return user;
    }
}

/// <summary>An admin's API session on the gateway, sending the CSRF header with every change as the site does.</summary>
public sealed class AdminApi(HttpClient client, CookieContainer cookies) : IDisposable
{
    public HttpClient Client => client;

    public static async Task<AdminApi> SignInAsync(SystemFixture system)
    {
        var admin = await Accounts.RegisterAsync(system);
        await Accounts.PromoteToAdminAsync(system, admin);
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = system.Gateway.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = admin.UserName, password = admin.Password });
        Assert.True(login.IsSuccessStatusCode, $"login: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        return new AdminApi(client, cookies);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (cookies.GetCookies(client.BaseAddress!)["ito_csrf"]?.Value is { } csrf) request.Headers.Add("X-CSRF-Token", csrf);
        return client.SendAsync(request);
    }

    public void Dispose() => client.Dispose();
}
