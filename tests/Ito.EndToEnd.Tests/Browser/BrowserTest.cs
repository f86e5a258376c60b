using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Ito.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Ito.EndToEnd.Tests.Browser;

/// <summary>
/// Base of every browser test: pages on the gateway (the only way in to the web frontend) in a browser context of
/// the test's own, plus the checks every page gets — axe, screenshots at phone and desktop widths — and the
/// account steps most tests start with. xunit makes one instance per test, so every test starts signed out.
/// </summary>
[Collection(SystemCollection.Name)]
public abstract class BrowserTest(SystemFixture system, BrowserFixture browsers, ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The WCAG 2.0 and 2.1 level A and AA rules: what the issue means by "accessible".</summary>
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Where screenshots are left for people to look at; deploy/local/test.sh keeps test results here.</summary>
    public static string ScreenshotsFolder => RepositoryPaths.InRepository(".local", "test-results", "screenshots");

    /// <summary>Set <c>ITO_E2E_LOG_RESPONSES=1</c> to see every response in the test output, not only the failed ones.</summary>
    private static readonly bool LogEveryResponse = Environment.GetEnvironmentVariable("ITO_E2E_LOG_RESPONSES") == "1";

    private readonly List<IBrowserContext> contexts = [];
    private IBrowserContext? session;

    /// <summary>
    /// The running system. The name hides the <c>System</c> namespace inside tests: write <c>using</c> directives
    /// (or <c>global::System.…</c>) rather than <c>System.…</c> there.
    /// </summary>
    protected SystemFixture System => system;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A page in this test's browser session (pages opened this way share cookies, like tabs).</summary>
    protected async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        session ??= await NewContextAsync();
        return await NewPageInAsync(session, viewport);
    }

    /// <summary>A page in a separate browser session: a second person (say, the admin) in the same test.</summary>
    protected async Task<IPage> NewPageInNewSessionAsync(ViewportSize? viewport = null) =>
        await NewPageInAsync(await NewContextAsync(), viewport);

    /// <summary>Navigates to a path on the gateway and fails unless the server answered 2xx.</summary>
    protected static async Task<IResponse> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"GET {path}: {response.Status} {response.StatusText}");
        return response;
    }

    /// <summary>
    /// What every page test ends with: at phone and then desktop width, axe finds no WCAG 2.1 A/AA violation and a
    /// full-page screenshot is saved (<c>{name}-phone.png</c>, <c>{name}-desktop.png</c> in <see cref="ScreenshotsFolder"/>).
    /// </summary>
    protected async Task CheckPageAsync(IPage page, string name, params string[] axeExclude)
    {
        var original = page.ViewportSize;
        foreach (var (width, size) in Viewports.All)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await AxeAsync(page, axeExclude);
            await SaveScreenshotAsync(page, name, width);
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
    }

    /// <summary>
    /// Runs axe with the WCAG 2.1 A and AA rules on the page as it is now and fails listing every violation.
    /// <paramref name="exclude"/>: CSS selectors of third-party widgets we do not render ourselves, if any.
    /// </summary>
    protected static async Task AxeAsync(IPage page, params string[] exclude)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
            ResultTypes = [ResultType.Violations],
        };
        var result = exclude.Length == 0
            ? await page.RunAxe(options)
            : await page.RunAxe(new AxeRunContext { Exclude = [.. exclude.Select(selector => new AxeSelector(selector))] }, options);
        if (result.Violations.Length == 0) return;

        var report = new StringBuilder(
            $"axe found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {page.Url} at {page.ViewportSize?.Width}px wide:");
        foreach (var violation in result.Violations)
        {
            report.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help} <{violation.HelpUrl}>");
            foreach (var node in violation.Nodes)
            {
                report.Append($"\n    at {node.Target}");
            }
        }
        Assert.Fail(report.ToString());
    }

    /// <summary>
    /// Saves full-page PNGs of the page at phone and desktop widths as <c>{name}-phone.png</c> and
    /// <c>{name}-desktop.png</c> under <see cref="ScreenshotsFolder"/>, then restores the page's own viewport.
    /// </summary>
    protected async Task<IReadOnlyList<string>> ScreenshotAsync(IPage page, string name)
    {
        var original = page.ViewportSize;
        var saved = new List<string>();
        foreach (var (width, size) in Viewports.All)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            saved.Add(await SaveScreenshotAsync(page, name, width));
        }
        if (original is not null) await page.SetViewportSizeAsync(original.Width, original.Height);
        return saved;
    }

    /// <summary>Registers a new account on /register and returns it signed in (the header offers "Sign out").</summary>
    protected async Task<TestUser> RegisterAndSignInAsync(IPage page)
    {
        var user = TestUser.CreateUnique();
        await OpenAsync(page, "/register");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user.UserName);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // Registering may sign the new user in, or send them to sign in: either is fine, a form error is not.
        var signInButton = page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });
        await ExpectOrExplainAsync(page, SignOutButton(page).Or(signInButton).First, $"registering {user.UserName}");
        if (await signInButton.IsVisibleAsync()) await SignInAsync(page, user);
        return user;
    }

    /// <summary>Signs an existing account in on /login.</summary>
    protected async Task SignInAsync(IPage page, TestUser user)
    {
        await OpenAsync(page, "/login");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(user.UserName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await ExpectOrExplainAsync(page, SignOutButton(page), $"signing in {user.UserName}");
    }

    /// <summary>A new account made administrator with identity's create-admin command, then signed in on /login.</summary>
    protected async Task<TestUser> SignInAsAdminAsync(IPage page)
    {
        var admin = await Accounts.RegisterAsync(system);
        await Accounts.PromoteToAdminAsync(system, admin);
        await SignInAsync(page, admin);
        return admin;
    }

    protected static async Task SignOutAsync(IPage page)
    {
        await SignOutButton(page).ClickAsync();
        await Expect(SignOutButton(page)).ToBeHiddenAsync();
    }

    protected static ILocator SignOutButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    protected void Log(string message)
    {
        try
        {
            output.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
            // A browser event that arrived after the test finished: there is no test left to report it to.
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
    }

    /// <summary>
    /// Waits for <paramref name="expected"/>; if it never shows, fails with what the page says instead. Account steps
    /// call several services in turn, the first of them cold right after start-up, so they get longer than a click.
    /// </summary>
    private static async Task ExpectOrExplainAsync(IPage page, ILocator expected, string doing)
    {
        try
        {
            await Expect(expected).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            var alerts = await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync();
            var said = alerts.Count > 0
                ? string.Join(" | ", alerts)
                : (await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 })).Trim();
            if (said.Length > 600) said = said[..600] + "…";
            Assert.Fail($"{doing} did not end where expected (waiting for {expected}) on {page.Url}; the page says: {said}");
        }
    }

    private async Task<string> SaveScreenshotAsync(IPage page, string name, string width)
    {
        Directory.CreateDirectory(ScreenshotsFolder);
        var path = Path.Combine(ScreenshotsFolder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Log($"screenshot: {path}");
        return path;
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var browser = await browsers.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.Gateway.BaseAddress!.ToString(),
            ViewportSize = Viewports.Desktop,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        contexts.Add(context);
        // What the browser saw go wrong goes to the test's output, where a failing test's reader looks first.
        context.Console += (_, message) =>
        {
            if (message.Type == "error") Log($"console error on {message.Page?.Url}: {message.Text}");
        };
        context.Response += (_, response) =>
        {
            if (response.Status >= 400 || LogEveryResponse) Log($"{response.Status} from {response.Request.Method} {response.Url} ({response.Request.ResourceType})");
        };
        context.Page += (_, page) => page.PageError += (_, error) => Log($"page error on {page.Url}: {error}");
        // A page's first visit on a just-started system waits for every service it calls to warm up (JIT, first
        // connections) on two busy cores: Playwright's 30 s default is too tight for that, not for a user.
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    private static async Task<IPage> NewPageInAsync(IBrowserContext context, ViewportSize? viewport)
    {
        var page = await context.NewPageAsync();
        if (viewport is not null) await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        return page;
    }
}
