using Ito.Venues.Polymarket;
using Ito.Venues.Resilience;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Data;
using Ito.Venues.Polymarket.Gamma;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ito.Venues;

/// <summary>The three Polymarket HttpClient builders, for callers that add to them (tests swap the primary handler).</summary>
public sealed record PolymarketHttpClientBuilders(IHttpClientBuilder Gamma, IHttpClientBuilder Clob, IHttpClientBuilder Data);

public static class PolymarketServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolymarketGammaClient"/>, <see cref="PolymarketClobClient"/> and <see cref="PolymarketDataClient"/>
    /// bound to <c>Venues:Polymarket</c>, each with its own budget and pipeline (the platform's standard handler is removed).
    /// </summary>
    public static PolymarketHttpClientBuilders AddPolymarketClients(this IServiceCollection services, IConfiguration configuration, Action<PolymarketOptions>? configure = null)
    {
        var options = services.AddOptions<PolymarketOptions>().Bind(configuration.GetSection(PolymarketOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.GammaReads.RequestsPerSecond > 0 && o.ClobReads.RequestsPerSecond > 0 && o.ClobWrites.RequestsPerSecond > 0
            && o.DataReads.RequestsPerSecond > 0, "Polymarket rate limits must be positive.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PolymarketSigners>();
        services.TryAddTransient(sp =>
        {
            var signers = sp.GetRequiredService<PolymarketSigners>();
            return new PolymarketAuthHandler(signers.Hmac, signers.ClobAuth, signers.ChainId, sp.GetRequiredService<TimeProvider>());
        });

        var gamma = AddClient(services, PolymarketGammaClient.HttpClientName, o => o.GammaBaseUrl, o => (o.GammaReads, null))
            .AddTypedClient((client, _) => new PolymarketGammaClient(client));
        var clob = AddClient(services, PolymarketClobClient.HttpClientName, o => o.ClobBaseUrl, o => (o.ClobReads, o.ClobWrites))
            .AddTypedClient((client, sp) => new PolymarketClobClient(client, sp.GetService<ILogger<PolymarketClobClient>>(),
                sp.GetRequiredService<IOptions<PolymarketOptions>>().Value.Resilience.MaxOrderSubmissions));
        clob.AddHttpMessageHandler<PolymarketAuthHandler>();
        var data = AddClient(services, PolymarketDataClient.HttpClientName, o => o.DataBaseUrl, o => (o.DataReads, null))
            .AddTypedClient((client, _) => new PolymarketDataClient(client));
        return new PolymarketHttpClientBuilders(gamma, clob, data);
    }

    private static IHttpClientBuilder AddClient(IServiceCollection services, string name, Func<PolymarketOptions, string> baseUrl,
        Func<PolymarketOptions, (Resilience.VenueRateLimit Reads, Resilience.VenueRateLimit? Writes)> limits)
    {
        var http = services.AddHttpClient(name, (sp, client) =>
        {
            client.BaseAddress = VenueUri.WithTrailingSlash(baseUrl(sp.GetRequiredService<IOptions<PolymarketOptions>>().Value));
            client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts govern
        });
        http.WithoutPlatformResilience();
        http.AddResilienceHandler(name, (builder, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<PolymarketOptions>>().Value;
            var (reads, writes) = limits(o);
            Resilience.VenueResiliencePipeline.Configure(builder, context, o.Resilience, reads, writes);
        });
        return http;
    }
}
