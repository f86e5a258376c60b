using Ito.Venues.Kalshi;
using Ito.Venues.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ito.Venues;

public static class KalshiServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KalshiClient"/> bound to <c>Venues:Kalshi</c>, with its own resilience pipeline: the
    /// platform's standard handler (ServiceDefaults adds it to every HttpClient) is removed because it would retry
    /// order POSTs and ignores Kalshi's read/write budgets.
    /// </summary>
    public static IHttpClientBuilder AddKalshiClient(this IServiceCollection services, IConfiguration configuration, Action<KalshiOptions>? configure = null)
    {
        var options = services.AddOptions<KalshiOptions>().Bind(configuration.GetSection(KalshiOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.Reads.RequestsPerSecond > 0 && o.Writes.RequestsPerSecond > 0, "Kalshi rate limits must be positive.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KalshiSignerProvider>();
        services.TryAddTransient(sp => new KalshiAuthHandler(sp.GetRequiredService<KalshiSignerProvider>().Signer, sp.GetRequiredService<TimeProvider>()));

        var http = services.AddHttpClient(KalshiClient.HttpClientName, (sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<KalshiOptions>>().Value.EffectiveBaseUri;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts govern
            })
            .AddTypedClient((client, sp) => new KalshiClient(client, sp.GetService<ILogger<KalshiClient>>(),
                sp.GetRequiredService<IOptions<KalshiOptions>>().Value.Resilience.MaxOrderSubmissions));

        http.WithoutPlatformResilience();
        http.AddResilienceHandler("kalshi", (builder, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<KalshiOptions>>().Value;
            Resilience.VenueResiliencePipeline.Configure(builder, context, o.Resilience, o.Reads, o.Writes);
        });
        // Inside the pipeline: each retry is signed afresh.
        http.AddHttpMessageHandler<KalshiAuthHandler>();
        return http;
    }
}
