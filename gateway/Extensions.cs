using Ito.Contracts;
using Ito.Gateway.Proxy;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(ServiceNames.Redis);
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms<CallerHeadersTransform>();
    }
}
