using Ito.Contracts;
using Ito.Pricing;
using Ito.Pricing.Backfill;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Ito.Venues;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddPricingServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PricingOptions>().Bind(builder.Configuration.GetSection(PricingOptions.SectionName))
            .Validate(o => o.SnapshotInterval > TimeSpan.Zero && o.SnapshotThreshold >= 0 && o.StreamHeartbeat > TimeSpan.Zero
                && o.Backfill.LegAttempts >= 1 && o.Backfill.JobAttempts >= 1 && o.Backfill.DaysOnCreation is >= BackfillApi.MinDays and <= BackfillApi.MaxDays,
                "Pricing options are out of range.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.AddServiceDatabase<PricingDbContext>(ServiceNames.Pricing);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Pricing);
        builder.Services.AddOpenApi();

        builder.Services.AddSingleton<PricingBook>();
        builder.Services.AddSingleton<SnapshotTracker>();
        builder.Services.AddSingleton<BasketPriceStream>();
        builder.Services.AddSingleton<RedisBasketPriceCache>();
        builder.Services.AddSingleton<BasketPriceFanOut>();
        builder.Services.AddSingleton<BackfillSignal>();
        builder.Services.AddSingleton<BackfillRunner>();
        builder.Services.AddScoped<VenueHistoryFetcher>();
        builder.Services.AddScoped<LegHistorySource>();
        builder.Services.AddKalshiClient(builder.Configuration);
        builder.Services.AddPolymarketClients(builder.Configuration);

        // Order matters: hosted services start in registration order, and the book must be loaded (after the
        // migrator, registered above) before the bus (registered below) delivers the first tick.
        builder.Services.AddHostedService<PricingBookLoader>();
        builder.AddServiceBus(ServiceNames.Pricing, bus =>
        {
            bus.AddConsumer<MarketPriceChangedConsumer>();
            bus.AddConsumer<BasketCreatedConsumer>();
            bus.AddConsumer<BasketLegsChangedConsumer>();
            bus.AddConsumer<BasketDeletedConsumer>();
            bus.AddConsumer<BasketVisibilityChangedConsumer>();
        });
        builder.Services.AddHostedService<SnapshotWriter>();
        builder.Services.AddHostedService<RedisResync>();
        builder.Services.AddHostedService<BackfillWorker>();
    }
}
