using Ito.Venues.Resilience;
using Microsoft.Extensions.Options;

namespace Ito.Trading.Execution;

/// <summary>
/// The named HttpClients behind every user's venue clients: the venue pipeline (timeouts, read retries, breaker,
/// read/write budgets) and no platform resilience handler, which would retry order POSTs.
/// </summary>
public static class TradingVenueHttp
{
    public const string Kalshi = "trading-kalshi";
    public const string PolymarketClob = "trading-polymarket-clob";

    public static IServiceCollection AddTradingVenueHttp(this IServiceCollection services)
    {
        Add(services, Kalshi, o => (o.KalshiReads, o.KalshiWrites));
        Add(services, PolymarketClob, o => (o.ClobReads, o.ClobWrites));
        return services;
    }

    private static void Add(IServiceCollection services, string name, Func<TradingOptions, (VenueRateLimit Reads, VenueRateLimit Writes)> limits)
    {
        var http = services.AddHttpClient(name);
        // Experimental in Microsoft.Extensions.Http.Resilience 10.x, and the supported way to opt one client out of
        // ConfigureHttpClientDefaults' standard handler.
#pragma warning disable EXTEXP0001
        http.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        http.AddResilienceHandler(name, (builder, context) =>
        {
            var o = context.ServiceProvider.GetRequiredService<IOptions<TradingOptions>>().Value;
            var (reads, writes) = limits(o);
            VenueResiliencePipeline.Configure(builder, context, o.Resilience, reads, writes);
        });
    }
}
