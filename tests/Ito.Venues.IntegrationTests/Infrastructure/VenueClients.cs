using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Data;
using Ito.Venues.Polymarket.Gamma;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>
/// The venue SDK registered the way a service registers it: configuration sections <c>Venues:Kalshi</c> and
/// <c>Venues:Polymarket</c>, and — first, as ServiceDefaults does — the platform's standard resilience handler on every
/// HttpClient, which the venue registrations must replace with their own pipelines. Each instance is its own
/// container, so circuit breakers and rate limiters never leak between tests that build their own.
/// </summary>
public sealed class VenueClients : IDisposable
{
    private readonly IHost _host;

    private VenueClients(IHost host) => _host = host;

    public static VenueClients Create(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        builder.Services.AddKalshiClient(builder.Configuration);
        builder.Services.AddPolymarketClients(builder.Configuration);
        return new VenueClients(builder.Build());
    }

    public IServiceProvider Services => _host.Services;

    public KalshiClient Kalshi => Services.GetRequiredService<KalshiClient>();

    public PolymarketGammaClient Gamma => Services.GetRequiredService<PolymarketGammaClient>();

    public PolymarketClobClient Clob => Services.GetRequiredService<PolymarketClobClient>();

    public PolymarketDataClient Data => Services.GetRequiredService<PolymarketDataClient>();

    public void Dispose() => _host.Dispose();
}
