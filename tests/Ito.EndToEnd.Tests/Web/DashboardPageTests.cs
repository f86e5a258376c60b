using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>
/// The dashboard of a new user (empty states) and of a visitor (sent to sign in). The dashboard with a position is
/// checked where the position is made: <see cref="BasketsPagesTests"/>.
/// </summary>
public sealed partial class DashboardPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_new_user_sees_empty_positions_exposure_and_orders_with_a_way_to_the_baskets()
    {
        var page = await NewPageAsync();
        await RegisterAndSignInAsync(page);

        await OpenAsync(page, "/dashboard");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Paper and demo trading")).ToBeVisibleAsync();
        var positions = page.GetByRole(AriaRole.Region, new() { Name = "Positions" });
        await Expect(positions.GetByText("No positions yet")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Exposure by risk factor" }).GetByText("No exposure yet")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Recent orders" }).GetByText("No orders yet")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await CheckPageAsync(page, "dashboard-empty");

        await positions.GetByRole(AriaRole.Link, new() { Name = "browse baskets" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(BasketsPath());
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_and_brought_back()
    {
        var page = await NewPageAsync();

        await OpenAsync(page, "/dashboard");

        await Expect(page).ToHaveURLAsync(LoginPath());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sign in" })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/baskets$")]
    private static partial Regex BasketsPath();

    [GeneratedRegex(@"/login\?returnUrl=%2Fdashboard$")]
    private static partial Regex LoginPath();
}
