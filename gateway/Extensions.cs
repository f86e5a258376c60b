using Ito.Contracts;
using Ito.Contracts.Identity;
using Ito.Gateway.Auth;
using Ito.Gateway.Proxy;
using Ito.Gateway.RateLimits;
using Ito.ServiceDefaults.Messaging;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddServiceBus(ServiceNames.Gateway, bus => bus.AddConsumer<ApiKeyRevokedConsumer>());

        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection("Gateway"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<VerifiedCredentialCache>();
        builder.Services.AddSingleton<InternalTokenCache>();
        builder.Services.AddHostedService<UsageFlusher>();

        var gatewaySecret = builder.Configuration[GatewaySecret.ConfigurationKey];
        if (string.IsNullOrWhiteSpace(gatewaySecret))
        {
            throw new InvalidOperationException($"{GatewaySecret.ConfigurationKey} is not configured; the AppHost generates it for identity and the gateway.");
        }
        builder.Services.AddHttpClient<IdentityCredentialsClient>(http =>
        {
            http.BaseAddress = new Uri("http://" + ServiceNames.Identity);
            http.DefaultRequestHeaders.Add(GatewaySecret.Header, gatewaySecret);
        });

        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddTransforms<CallerHeadersTransform>();
    }
}
