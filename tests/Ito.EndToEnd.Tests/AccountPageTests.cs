using System.Text.RegularExpressions;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests;

/// <summary>Register, sign out and sign in again, in the browser through the gateway.</summary>
public sealed partial class AccountPageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_visitor_registers_signs_out_and_signs_in_again()
    {
        var page = await NewPageAsync();

        var user = await RegisterAndSignInAsync(page);

        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = user.UserName })).ToBeVisibleAsync();
        await SignOutAsync(page);
        await OpenAsync(page, "/register");
        await CheckPageAsync(page, "register");
        await OpenAsync(page, "/login");
        await CheckPageAsync(page, "login");
        await SignInAsync(page, user);
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = user.UserName })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason_next_to_the_password_field()
    {
        var page = await NewPageAsync();
        var user = TestUser.CreateUnique();
        await OpenAsync(page, "/register");

        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user.UserName);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // The API's reason is announced with the field (aria-describedby), not only somewhere on the page.
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(AtLeast12Characters());
        await Expect(SignOutButton(page)).ToBeHiddenAsync();
        await CheckPageAsync(page, "register-refused");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_an_alert_and_no_session()
    {
        var page = await NewPageAsync();
        var user = await Accounts.RegisterAsync(System);
        await OpenAsync(page, "/login");

        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user.UserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password + " typo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("incorrect");
        await Expect(SignOutButton(page)).ToBeHiddenAsync();
    }

    [GeneratedRegex("must be at least 12 characters")]
    private static partial Regex AtLeast12Characters();
}
