using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddIngestionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestionDbContext>(ServiceNames.MarketIngestion);
        builder.AddServiceBus(ServiceNames.MarketIngestion);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.MarketIngestion);
    }
}
