using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Ito.Contracts;
using Ito.EndToEnd.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ito.EndToEnd.Tests;

/// <summary>
/// The whole system, started once for the collection from the real AppHost (dashboard off, random ports).
/// Starting costs ~half a minute and disposing ~13 s, so every end-to-end test shares this one.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    public static readonly string[] Services =
    [
        ServiceNames.Identity, ServiceNames.MarketIngestion, ServiceNames.Categorization, ServiceNames.Baskets,
        ServiceNames.Pricing, ServiceNames.Trading, ServiceNames.Web, ServiceNames.ExchangeSimulator, ServiceNames.Gateway,
    ];

    private DistributedApplication? app;

    public DistributedApplication App => app ?? throw new InvalidOperationException("The system is not started.");

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ito_AppHost>(
            ["DcpPublisher:RandomizePorts=true"],
            (options, _) => options.DisableDashboard = true);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        app = await builder.BuildAsync();
        // Generous: nine services start with `dotnet run` on two cores, slower still when the machine is busy.
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await app.StartAsync(startup.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(ServiceNames.Gateway, startup.Token);
        Gateway = app.CreateHttpClient(ServiceNames.Gateway, "http");
    }

    /// <summary>A gateway client that keeps cookies, as a browser does (session and antiforgery cookies).</summary>
    public HttpClient CreateGatewayClientWithCookies()
    {
        var handler = new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), UseCookies = true };
        return new HttpClient(handler) { BaseAddress = Gateway.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}

/// <summary>Every end-to-end test, browser tests included: one system and one browser for them all.</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "whole system";
}
