using Ito.Contracts;
using Ito.Pricing.Data;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddPricingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PricingDbContext>(ServiceNames.Pricing);
        builder.AddServiceBus(ServiceNames.Pricing);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Pricing);
    }
}
