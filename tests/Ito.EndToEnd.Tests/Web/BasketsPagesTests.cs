using System.Globalization;
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

/// <summary>
/// The basket list and a basket's page, through to a paper order that the dashboard then shows as a position.
/// </summary>
public sealed partial class BasketsPagesTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_user_lists_the_18_system_baskets_searches_and_pages_through_the_url()
    {
        var page = await NewPageAsync();
        await RegisterAndSignInAsync(page);

        await OpenAsync(page, "/baskets");
        // Every listed price is live, on one stream for the whole list (a stream per row would take every connection
        // the browser allows a host).
        var liveList = page.WaitForResponseAsync(r => r.Url.Contains("/api/v1/baskets/stream?id=", StringComparison.Ordinal) && r.Status == 200
            && new Uri(r.Url).Query.Split('&').All(p => p.Contains("id=00000000-0000-0000-0000-0000000000", StringComparison.Ordinal)));
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Which baskets" }).GetByRole(AriaRole.Link, new() { Name = "System", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SystemFilter());
        Assert.Equal(18, new Uri((await liveList).Url).Query.Split('&').Length);
        await Expect(page.Locator("tr[data-stream-basket] [data-live-price]")).ToHaveCountAsync(18);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "System", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(18 + 1);
        await Expect(page.GetByText("1–18 of 18 baskets", new() { Exact = true })).ToBeVisibleAsync();
        await CheckPageAsync(page, "baskets-list");

        // The search is a GET form: the URL carries the tab, the text and the sort, so it can be shared.
        var first = await rows.Nth(1).GetByRole(AriaRole.Link).First.InnerTextAsync();
        await page.GetByLabel("Search").FillAsync(first);
        await page.GetByLabel("Sort").SelectOptionAsync(new SelectOptionValue { Label = "Name A–Z" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(SearchUrl());
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = first, Exact = true })).ToBeVisibleAsync();

        await OpenAsync(page, "/baskets?filter=mine");
        await Expect(page.GetByText("You have no baskets yet")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_user_opens_a_system_basket_builds_a_basket_of_its_markets_sees_its_price_and_chart_places_a_paper_yes_order_and_sees_the_position()
    {
        var system = await TradableBaskets.SystemBasketAsync(System, Log);
        var page = await NewPageAsync();
        var user = await RegisterAndSignInAsync(page);

        await OpenAsync(page, "/baskets?filter=system");
        await page.GetByRole(AriaRole.Link, new() { Name = system.Name, Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = system.Name })).ToBeVisibleAsync();
        await Expect(page.GetByText($"System basket #{system.SystemNumber}")).ToBeVisibleAsync();
        var legs = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Legs") });
        await Expect(legs.GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await Expect(legs.GetByText(system.MarketIds[0])).ToBeVisibleAsync();
        await Expect(page.Locator("canvas#price-chart[data-chart='line']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Chart range" }).GetByRole(AriaRole.Button)).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "1W" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator($"[data-stream-basket='{system.Id}'] [data-live-price='{system.Id}']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Backfill 365 days" })
            .Or(page.GetByRole(AriaRole.Progressbar, new() { Name = "Backfill progress" })).First).ToBeVisibleAsync();
        await CheckPageAsync(page, "basket-detail");

        // The user builds their own basket of three of this basket's markets (a small amount then buys every leg above
        // the venues' minimum sizes): the builder's draft link, a name, "Create basket", and the new basket's page.
        var name = "E2E basket " + user.UserName;
        await OpenAsync(page, "/builder?" + string.Join("&", system.MarketIds.Take(3).Select(m => "leg=" + Uri.EscapeDataString($"{m}~YES~1")))
            + "&name=" + Uri.EscapeDataString(name));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create basket" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = name })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("Yours", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("canvas#price-chart[data-chart='line']")).ToBeVisibleAsync();
        var basket = await TradableBaskets.WhenTradableAsync(System, user, BasketIdIn(page.Url), name, Log);
        await Expect(page.Locator($"[data-live-price='{basket.Id}']")).ToBeVisibleAsync();

        // An amount the API refuses is explained next to the field.
        await page.GetByLabel("Amount (USD)").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Buy YES" }).ClickAsync();
        await Expect(page.Locator("#amount-error")).ToContainTextAsync("amount");

        await page.GetByLabel("Amount (USD)").FillAsync(basket.Amount.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Buy YES" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preview: YES for $" + basket.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture) })).ToBeVisibleAsync();
        var plan = page.GetByRole(AriaRole.Table, new() { Name = "Planned leg orders" });
        await Expect(plan.GetByRole(AriaRole.Row)).ToHaveCountAsync(3 + 1);
        var key = await page.Locator("input[type=hidden][name=idempotencyKey]").InputValueAsync();
        Assert.True(Guid.TryParse(key, out _), $"the preview's idempotency key is not a GUID: '{key}'");
        await CheckPageAsync(page, "basket-order-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        // Placing reads every leg's book at the venue before it answers: slower than a page on a busy machine.
        await Expect(page).ToHaveURLAsync(OrderUrl(), new() { Timeout = 45_000 });
        var placed = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Order" });
        await Expect(placed).ToContainTextAsync("YES for");
        await Expect(placed.GetByRole(AriaRole.Link, new() { Name = "See your positions on the dashboard" })).ToBeVisibleAsync();

        // Legs are sent in the background: the position appears once the paper fills come back from the simulator.
        var positions = page.GetByRole(AriaRole.Region, new() { Name = "Positions" });
        await Eventually.TrueAsync(async () =>
        {
            await OpenAsync(page, "/dashboard");
            return await positions.GetByRole(AriaRole.Link, new() { Name = basket.Name, Exact = true }).CountAsync() > 0;
        }, TimeSpan.FromSeconds(90), $"a position in {basket.Name} on the dashboard");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Recent orders" }).GetByRole(AriaRole.Link, new() { Name = basket.Name, Exact = true })).ToBeVisibleAsync();
        await Expect(positions.GetByText("Paper", new() { Exact = true })).ToBeVisibleAsync();
        // The position is marked to market from the basket's price stream (whose current price comes first), so its
        // value moves with the markets without a reload.
        var held = positions.Locator($"tr[data-position][data-stream-basket='{basket.Id}']");
        await Expect(held).ToHaveAttributeAsync("data-marked-at", new Regex(@"^\d{4}-\d{2}-\d{2}T"), new() { Timeout = 30_000 });
        await Expect(held.Locator("[data-position-value]")).ToHaveTextAsync(new Regex(@"^\$[0-9,]+\.[0-9]{2}$"));
        await Expect(held.Locator("[data-position-pnl]")).ToHaveTextAsync(new Regex(@"^(\+\$|−\$|\$)[0-9,]+\.[0-9]{2}$"));
        await CheckPageAsync(page, "dashboard");
    }

    [Fact]
    public async Task An_unknown_basket_is_a_not_found_page()
    {
        var page = await NewPageAsync();
        await RegisterAndSignInAsync(page);

        var response = await page.GotoAsync($"/baskets/{Guid.NewGuid()}");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Basket not found" })).ToBeVisibleAsync();
    }

    private static Guid BasketIdIn(string url) => Guid.Parse(new Uri(url).AbsolutePath.Split('/')[^1]);

    [GeneratedRegex(@"/baskets\?filter=system$")]
    private static partial Regex SystemFilter();

    [GeneratedRegex(@"/baskets\?filter=system&q=[^&]+&sort=name$")]
    private static partial Regex SearchUrl();

    // The form's redirect goes through enhanced navigation, which keeps no fragment (site.js scrolls to the order).
    [GeneratedRegex(@"/baskets/[0-9a-f-]{36}\?order=[0-9a-f-]{36}(#order)?$")]
    private static partial Regex OrderUrl();
}

/// <summary>A system basket with legs, and the first few of its markets.</summary>
public sealed record ListedSystemBasket(Guid Id, string Name, int SystemNumber, IReadOnlyList<string> MarketIds);

/// <summary>A basket trading can plan an order for, and an amount that buys at least one share of each leg.</summary>
public sealed record TradableBasket(Guid Id, string Name, decimal Amount);

/// <summary>
/// Markets reach the system baskets only after a sync (daily, or started by an admin) and categorization. Done once
/// per run, through the gateway as an admin would, and shared; baskets for orders are made per user, as a user would.
/// </summary>
public static class TradableBaskets
{
    private static readonly SemaphoreSlim Preparing = new(1, 1);
    private static ListedSystemBasket? ready;

    public static async Task<ListedSystemBasket> SystemBasketAsync(SystemFixture system, Action<string> log)
    {
        await Preparing.WaitAsync();
        try
        {
            return ready ??= await PrepareAsync(system, log);
        }
        finally
        {
            Preparing.Release();
        }
    }

    /// <summary>Waits until trading, which learns baskets from events, can plan a paper order for the basket.</summary>
    public static async Task<TradableBasket> WhenTradableAsync(SystemFixture system, TestUser user, Guid id, string name, Action<string> log)
    {
        using var api = await SessionClient.SignInAsync(system, user);
        const decimal amount = 60m;
        var lastAnswer = "none yet";
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                var preview = await api.PostAsync($"/api/v1/baskets/{id}/orders/preview", new { side = "yes", amount, mode = "paper" });
                var answer = await preview.Content.ReadAsStringAsync();
                lastAnswer = $"{(int)preview.StatusCode} {answer[..Math.Min(answer.Length, 2000)]}";
                if (!preview.IsSuccessStatusCode) return false;
                var legs = JsonDocument.Parse(answer).RootElement.GetProperty("legs").EnumerateArray();
                return legs.Any(l => l.GetProperty("shares").GetDecimal() > 0);
            }, TimeSpan.FromMinutes(2), $"trading to plan a paper order of ${amount} in {name}");
        }
        finally
        {
            log($"last preview answer: {lastAnswer}");
        }
        return new TradableBasket(id, name, amount);
    }

    private static async Task<ListedSystemBasket> PrepareAsync(SystemFixture system, Action<string> log)
    {
        var admin = await Accounts.RegisterAsync(system);
        await Accounts.PromoteToAdminAsync(system, admin);
        using var api = await SessionClient.SignInAsync(system, admin);

        var sync = await api.PostAsync("/api/cron/sync-markets", null);
        Assert.True(sync.IsSuccessStatusCode, $"starting a market sync: {(int)sync.StatusCode} {await sync.Content.ReadAsStringAsync()}");
        var jobId = (await sync.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        await Eventually.TrueAsync(async () =>
        {
            var job = await api.Client.GetFromJsonAsync<JsonElement>($"/api/cron/sync-markets/{jobId}");
            return job.GetProperty("state").GetString() != "running";
        }, TimeSpan.FromMinutes(5), "the market sync to finish");
        log($"market sync {jobId} finished");

        // The basket with the fewest legs that has at least three open ones: quick to show and to borrow markets from.
        ListedSystemBasket? found = null;
        await Eventually.TrueAsync(async () =>
        {
            var list = await api.Client.GetFromJsonAsync<JsonElement>("/api/v1/baskets?filter=system&sort=legs&size=100");
            foreach (var item in list.GetProperty("items").EnumerateArray().Where(b => b.GetProperty("legCount").GetInt32() >= 3))
            {
                var id = item.GetProperty("id").GetGuid();
                var details = await api.Client.GetFromJsonAsync<JsonElement>($"/api/v1/baskets/{id}");
                var open = details.GetProperty("legs").EnumerateArray()
                    .Where(l => l.GetProperty("status").ValueKind == JsonValueKind.String && l.GetProperty("status").GetString() == "open")
                    .Select(l => l.GetProperty("marketId").GetString()!).Take(3).ToList();
                if (open.Count < 3) continue;
                found = new ListedSystemBasket(id, item.GetProperty("name").GetString()!, item.GetProperty("systemNumber").GetInt32(), open);
                return true;
            }
            return false;
        }, TimeSpan.FromMinutes(5), "a system basket with three open legs (categorized markets)");
        log($"system basket: {found!.Name} ({found.Id}), markets {string.Join(", ", found.MarketIds)}");
        return found;
    }

    /// <summary>A signed-in API session on the gateway that sends the CSRF header with every change, as the site does.</summary>
    private sealed class SessionClient(HttpClient client, CookieContainer cookies) : IDisposable
    {
        public HttpClient Client => client;

        public static async Task<SessionClient> SignInAsync(SystemFixture system, TestUser user)
        {
            var cookies = new CookieContainer();
            var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = system.Gateway.BaseAddress };
            var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = user.UserName, password = user.Password });
            Assert.True(login.IsSuccessStatusCode, $"login: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
            return new SessionClient(client, cookies);
        }

        public Task<HttpResponseMessage> PostAsync(string path, object? body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            var csrf = cookies.GetCookies(client.BaseAddress!)["ito_csrf"]?.Value;
            if (csrf is not null) request.Headers.Add("X-CSRF-Token", csrf);
            return client.SendAsync(request);
        }

        public void Dispose() => client.Dispose();
    }
}
