using System.Text.Encodings.Web;
using Ito.Baskets.Data;
using Ito.Baskets.Markets;
using Ito.Baskets.Suggestions;
using Ito.Baskets.SystemBaskets;
using Ito.Contracts;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddBasketsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BasketsDbContext>(ServiceNames.Baskets);
        builder.AddServiceBus(ServiceNames.Baskets, bus =>
        {
            bus.AddConsumer<MarketUpsertedConsumer>();
            bus.AddConsumer<MarketClosedConsumer>();
            bus.AddConsumer<MarketCategorizedConsumer>();
        });
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Baskets);
        builder.Services.AddOpenApi();
        // ASP.NET Core relaxes JSON escaping by default; names are user text stored verbatim, so < > & ' leave as
        // \u escapes and a basket named <script> can never become markup in a page that forgets to encode it.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Default);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<SystemBasketMembership>();
        builder.Services.AddScoped<SuggestionReview>();
        // After AddServiceDatabase: hosted services start in order, so the migrations have run.
        builder.Services.AddHostedService<SystemBasketSeeder>();
    }
}
