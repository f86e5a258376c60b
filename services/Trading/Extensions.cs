using Ito.Contracts;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Ito.Trading.Baskets;
using Ito.Trading.Credentials;
using Ito.Trading.Data;
using Ito.Trading.Execution;
using Ito.Trading.Markets;
using Ito.Trading.Orders;
using Microsoft.AspNetCore.DataProtection;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddTradingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<TradingDbContext>(ServiceNames.Trading);
        builder.AddServiceBus(ServiceNames.Trading, bus =>
        {
            bus.AddConsumer<BasketCreatedConsumer>();
            bus.AddConsumer<BasketLegsChangedConsumer>();
            bus.AddConsumer<BasketVisibilityChangedConsumer>();
            bus.AddConsumer<BasketDeletedConsumer>();
            bus.AddConsumer<MarketPriceChangedConsumer>();
            bus.AddConsumer<MarketCategorizedConsumer>();
            bus.AddConsumer<BasketOrderSubmittedConsumer>(typeof(BasketOrderSubmittedConsumerDefinition));
        });
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Trading);
        builder.Services.AddOpenApi();

        // Keys in the trading schema: every replica decrypts what another encrypted, and a restart loses nothing.
        builder.Services.AddDataProtection()
            .SetApplicationName("ito-trading")
            .PersistKeysToDbContext<TradingDbContext>();

        builder.Services.AddOptions<TradingOptions>().Bind(builder.Configuration.GetSection(TradingOptions.SectionName))
            .Validate(o => o.Reconciler.IsValid,
                $"Trading:Reconciler needs an Interval in (0, {StalledOrderReconcilerOptions.MaxInterval}], a positive StalledAfter " +
                $"and a BatchSize of 1–{StalledOrderReconcilerOptions.MaxBatchSize}.")
            .ValidateOnStart();
        builder.Services.AddTradingVenueHttp();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<CredentialVault>();
        builder.Services.AddScoped<VenueSessions>();
        builder.Services.AddScoped<OrderPlanning>();
        builder.Services.AddScoped<OrderCancellation>();
        builder.Services.AddScoped<BasketOrderExecutor>();
        builder.Services.AddHostedService<StalledOrderReconciler>();
    }
}
