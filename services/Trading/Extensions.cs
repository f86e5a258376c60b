using Ito.Contracts;
using Ito.Trading.Data;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddTradingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<TradingDbContext>(ServiceNames.Trading);
        builder.AddServiceBus(ServiceNames.Trading);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Trading);
    }
}
