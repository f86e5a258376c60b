using System.Security.Cryptography;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Web;

/// <summary>The profile: the account, write-only venue keys and the demo-mode switch.</summary>
public sealed class ProfilePageTests(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output)
    : BrowserTest(system, browsers, output)
{
    [Fact]
    public async Task A_user_connects_kalshi_without_the_key_ever_coming_back_toggles_demo_mode_and_removes_the_key()
    {
        var page = await NewPageAsync();
        using var session = await ApiSession.SignInAsync(System, page);
        var user = session.User;
        await OpenAsync(page, "/profile");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Profile" })).ToBeVisibleAsync();
        await Expect(page.GetByText(user.Email)).ToBeVisibleAsync();
        var kalshi = page.GetByRole(AriaRole.Region, new() { Name = "Kalshi" });
        await Expect(kalshi.GetByText("Not connected")).ToBeVisibleAsync();

        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportPkcs8PrivateKeyPem();
        var keyId = Guid.NewGuid().ToString();
        await kalshi.GetByLabel("API key id").FillAsync(keyId);
        await kalshi.GetByLabel("RSA private key (PEM)").FillAsync(pem);
        await kalshi.GetByRole(AriaRole.Button, new() { Name = "Save Kalshi key" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kalshi key saved");
        await Expect(kalshi.GetByText("Connected", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(kalshi.GetByText($"live key …{keyId[^4..]}")).ToBeVisibleAsync();
        await Expect(kalshi.GetByLabel("API key id")).ToHaveValueAsync("");
        await Expect(kalshi.GetByLabel("RSA private key (PEM)")).ToHaveValueAsync("");
        await Expect(kalshi.GetByRole(AriaRole.Button, new() { Name = "Replace Kalshi key" })).ToBeVisibleAsync();
        await AssertNoSecretInPageAsync(page, pem);
        await CheckPageAsync(page, "profile");

        // Demo mode is on for a new account; the switch turns it off and on again.
        var demoMode = page.Locator("[data-demo-mode]");
        await Expect(demoMode).ToContainTextAsync("Demo mode is on");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn demo mode off" }).ClickAsync();
        await Expect(demoMode).ToHaveAttributeAsync("data-demo-mode", "off");
        await Expect(demoMode).ToContainTextAsync("Demo mode is off");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("live orders are allowed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn demo mode on" }).ClickAsync();
        await Expect(demoMode).ToHaveAttributeAsync("data-demo-mode", "on");

        await kalshi.GetByRole(AriaRole.Button, new() { Name = "Remove Kalshi live key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Venue key removed");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Kalshi" }).GetByText("Not connected")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_key_the_api_rejects_shows_its_error_next_to_the_field_and_is_not_echoed_back()
    {
        var page = await NewPageAsync();
        using var session = await ApiSession.SignInAsync(System, page);
        await OpenAsync(page, "/profile");
        var kalshi = page.GetByRole(AriaRole.Region, new() { Name = "Kalshi" });
        const string notAKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----";

        await kalshi.GetByLabel("API key id").FillAsync("key-id-1234");
        await kalshi.GetByLabel("RSA private key (PEM)").FillAsync(notAKey);
        await kalshi.GetByRole(AriaRole.Button, new() { Name = "Save Kalshi key" }).ClickAsync();

        var field = kalshi.GetByLabel("RSA private key (PEM)");
        await Expect(page.Locator("#kalshi-private-key-error")).ToContainTextAsync("not a readable RSA private key");
        await Expect(field).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("kalshi-private-key-error"));
        await Expect(field).ToHaveValueAsync("");
        await Expect(kalshi.GetByText("Not connected")).ToBeVisibleAsync();
        await AssertNoSecretInPageAsync(page, notAKey);

        var polymarket = page.GetByRole(AriaRole.Region, new() { Name = "Polymarket" });
        await polymarket.GetByLabel("Wallet private key (hex)").FillAsync("0x" + new string('1', 64));
        await polymarket.GetByRole(AriaRole.Button, new() { Name = "Save Polymarket keys" }).ClickAsync();
        await Expect(page.Locator("#polymarket-api-secret-error")).ToContainTextAsync("apiSecret is required");
        await Expect(page.Locator("#polymarket-api-passphrase-error")).ToContainTextAsync("apiPassphrase is required");
        await Expect(polymarket.GetByLabel("Wallet private key (hex)")).ToHaveValueAsync("");
    }

    /// <summary>The page's HTML holds no part of the secret: neither the PEM nor any line of its base64 body.</summary>
    private static async Task AssertNoSecretInPageAsync(IPage page, string pem)
    {
        var html = await page.ContentAsync();
        var body = pem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !line.StartsWith("-----", StringComparison.Ordinal));
        foreach (var line in body)
        {
            Assert.DoesNotContain(line, html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("PRIVATE KEY-----", html, StringComparison.Ordinal);
    }
}
