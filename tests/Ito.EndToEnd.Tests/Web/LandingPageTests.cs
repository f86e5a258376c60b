using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>The landing page: what the product is, how a basket works, where to go next, and the day's movers.</summary>
public sealed class LandingPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_visitor_learns_how_a_basket_works_and_is_offered_an_account_and_the_baskets()
    {
        var page = await NewPageAsync();

        await OpenAsync(page, "/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Trade a view, not a single market" })).ToBeVisibleAsync();
        var steps = page.GetByRole(AriaRole.Region, new() { Name = "How a basket works" }).GetByRole(AriaRole.Listitem);
        await Expect(steps).ToHaveCountAsync(3);
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ToHaveAttributeAsync("href", "/register");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Browse baskets" })).ToHaveAttributeAsync("href", "/baskets");

        // Movers come from pricing: either a list of baskets with a signed change, or the calm empty state, never an error.
        var movers = page.GetByRole(AriaRole.Region, new() { Name = "Movers among system baskets" });
        await Expect(movers.GetByText("Movers appear once prices arrive.").Or(movers.GetByRole(AriaRole.Link).First)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        // Streams need a session: a visitor's page opens none.
        await Expect(page.Locator("[data-stream-basket]")).ToHaveCountAsync(0);

        await CheckPageAsync(page, "landing-page");
    }

    [Fact]
    public async Task A_signed_in_user_is_sent_on_to_the_baskets_and_their_dashboard()
    {
        var page = await NewPageAsync();
        await RegisterAndSignInAsync(page);

        await OpenAsync(page, "/");

        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Your dashboard" })).ToHaveAttributeAsync("href", "/dashboard");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ToHaveCountAsync(0);
        await main.GetByRole(AriaRole.Link, new() { Name = "Browse baskets" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Baskets" })).ToBeVisibleAsync();
    }
}
