using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Prices;
using Ito.MarketIngestion.Search;
using Ito.MarketIngestion.Sync;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Ito.Venues;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddIngestionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestionDbContext>(ServiceNames.MarketIngestion);
        builder.AddServiceBus(ServiceNames.MarketIngestion);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.MarketIngestion);
        builder.Services.AddOpenApi();

        builder.Services.TryAddSingletonTimeProvider();
        builder.Services.AddKalshiClient(builder.Configuration);
        builder.Services.AddPolymarketClients(builder.Configuration);

        builder.Services.AddOptions<SyncOptions>().Bind(builder.Configuration.GetSection(SyncOptions.SectionName))
            .Validate(o => o.KalshiPageSize is >= 1 and <= 200 && o.PolymarketPageSize is >= 1 and <= 100 && o.CloseBatchSize > 0,
                "Ingestion:Sync page sizes must be within the venues' limits (Kalshi 1–200, Polymarket 1–100).")
            .Validate(o => TryParseSchedule(o.DailyAtUtc), "Ingestion:Sync:DailyAtUtc must be HH:mm (UTC).")
            .ValidateOnStart();
        builder.Services.AddSingleton<IVenueListingSource, KalshiListingSource>();
        builder.Services.AddSingleton<IVenueListingSource, PolymarketListingSource>();
        builder.Services.AddSingleton<MarketPageWriter>();
        builder.Services.AddSingleton<MarketCloser>();
        builder.Services.AddSingleton<MarketSync>();
        builder.Services.AddSingleton<SyncCoordinator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SyncCoordinator>());
        builder.Services.AddHostedService<DailySyncScheduler>();

        builder.Services.AddOptions<PriceFeedOptions>().Bind(builder.Configuration.GetSection(PriceFeedOptions.SectionName))
            .Validate(o => o.IntervalSeconds > 0 && o.BatchSize is >= 1 and <= 100, "Ingestion:Prices needs a positive interval and a batch of 1–100.")
            .ValidateOnStart();
        builder.Services.AddSingleton<RedisPriceStore>();
        builder.Services.AddSingleton<VenueQuotes>();
        builder.Services.AddSingleton<PriceFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PriceFeed>());

        builder.Services.AddScoped<MarketSearch>();
    }

    public static WebApplication MapIngestionApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapSyncApi();
        app.MapMarketsApi();
        return app;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    private static bool TryParseSchedule(string text)
    {
        try
        {
            DailySchedule.Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
