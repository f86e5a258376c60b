using Ito.Contracts;
using Ito.Baskets.Data;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddBasketsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BasketsDbContext>(ServiceNames.Baskets);
        builder.AddServiceBus(ServiceNames.Baskets);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Baskets);
    }
}
