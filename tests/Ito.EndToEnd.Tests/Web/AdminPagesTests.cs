using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>The admin hub, the categorization review and overrides, and the builder's admin tools; none of it for other users.</summary>
public sealed class AdminPagesTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task An_admin_overrides_a_markets_basket_and_removes_the_override_on_the_categorization_page()
    {
        var (kalshi, _) = await BuilderMarkets.TwoOpenMarketsAsync(System, Log);
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/admin", admin: true);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Latest re-categorization" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Categorization", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Categorization review" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Waiting for review" })).ToBeVisibleAsync();

        await page.GetByLabel("Market id").FillAsync(kalshi.Id);
        await page.GetByLabel("System basket").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Reason").FillAsync("E2E: placed by hand to check overrides.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create override" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Override saved: {kalshi.Id}" })).ToBeVisibleAsync(AfterPost.Visible);
        await CheckPageAsync(page, "admin-categorization");

        await page.GetByLabel($"Why remove the override of {kalshi.Id}").FillAsync("E2E: done checking.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove override of {kalshi.Id}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Override of {kalshi.Id} removed" })).ToBeVisibleAsync(AfterPost.Visible);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Remove override of {kalshi.Id}" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_override_the_API_refuses_is_explained_next_to_its_fields()
    {
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/admin/categorization", admin: true);

        await page.GetByLabel("Market id").FillAsync("not-a-market");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create override" }).ClickAsync();

        await Expect(page.GetByLabel("Market id")).ToHaveAccessibleDescriptionAsync(new Regex("venue:id"), new() { Timeout = AfterPost.Milliseconds });
        await Expect(page.Locator("#override-basket-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#override-reason-error")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task In_the_builder_an_admin_previews_a_markets_categorization_and_loads_a_system_basket_to_edit()
    {
        var (kalshi, polymarket) = await BuilderMarkets.TwoOpenMarketsAsync(System, Log);
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/builder", admin: true);
        await OpenAsync(page, BuilderMarkets.DraftUrl("Admin draft", (kalshi, "YES", "1"), (polymarket, "NO", "1")));

        await page.GetByLabel("Market", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = kalshi.Title });
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview categorization" }).ClickAsync();
        var verdict = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "System basket" });
        await Expect(verdict.GetByRole(AriaRole.Heading, new() { Name = $"Verdict for “{kalshi.Title}”" })).ToBeVisibleAsync(AfterPost.Visible);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "What each stage contributed" }).GetByRole(AriaRole.Row).Nth(1)).ToBeVisibleAsync();
        await AxeAsync(page);

        var systemBasket = page.GetByLabel("System basket to edit");
        await systemBasket.SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var picked = (await systemBasket.Locator("option:checked").InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Load for editing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new Regex("^Editing system basket: ") })).ToBeVisibleAsync(AfterPost.Visible);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save system basket" })).ToBeVisibleAsync();
        Log($"loaded {picked} for editing");
    }

    [Fact]
    public async Task Admin_pages_do_not_exist_for_other_users()
    {
        var page = await NewPageAsync();
        await PageAccounts.SignInNewUserAsync(System, page, "/builder");

        foreach (var path in new[] { "/admin", "/admin/suggestions", "/admin/categorization" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Categorization review" })).ToHaveCountAsync(0);
        }
        await OpenAsync(page, "/builder");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Categorization preview" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("System basket to edit")).ToHaveCountAsync(0);
    }
}
