using Microsoft.Playwright;

namespace Ito.EndToEnd.Tests.Browser;

/// <summary>
/// One headless Chromium for the whole collection: Debian's <c>/usr/bin/chromium</c> (installed by
/// deploy/local/test.sh) driven by the Playwright driver that ships inside the NuGet package, so nothing is
/// downloaded. Launched on first use, so tests that never open a page do not pay for (or depend on) a browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Overrides the browser binary, e.g. for a machine where Chromium lives elsewhere.</summary>
    public const string ExecutablePathVariable = "ITO_E2E_CHROMIUM";
    private const string DefaultExecutablePath = "/usr/bin/chromium";

    private readonly SemaphoreSlim launching = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task<IBrowser> BrowserAsync()
    {
        if (browser is not null) return browser;
        await launching.WaitAsync();
        try
        {
            if (browser is not null) return browser;
            var executable = Environment.GetEnvironmentVariable(ExecutablePathVariable) is { Length: > 0 } configured
                ? configured
                : DefaultExecutablePath;
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException(
                    $"No Chromium at {executable}: run deploy/local/install.sh chromium (test.sh does), or set {ExecutablePathVariable}.");
            }

            // Pages behind the gateway call two or three services on a busy two-core machine: 5 s is too tight.
            Assertions.SetDefaultExpectTimeout(10_000);
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                // No sandbox: the tests run as root in a container. The rest keeps Chromium off the network
                // (there is none here) and away from first-run and sync work nobody is waiting for.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run",
                ],
            });
            return browser;
        }
        finally
        {
            launching.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        launching.Dispose();
    }
}
