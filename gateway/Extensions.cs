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
        builder.AddServiceBus(ServiceNames.Gateway, bus =>
        {
            bus.AddConsumer<ApiKeyRevokedConsumer>();
            // Every instance must hear every revocation to clear its own memory: a queue per instance, gone when it stops.
            bus.AddConsumer<ApiKeyRevokedOnThisInstanceConsumer>().Endpoint(endpoint =>
            {
                endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
                endpoint.Temporary = true;
            });
        });

        builder.Services.AddOptions<GatewayOptions>()
            .Bind(builder.Configuration.GetSection("Gateway"))
            .Validate(o => o.LocalCredentialTtl > TimeSpan.Zero && o.LocalCredentialTtl <= GatewayOptions.MaxLocalCredentialTtl,
                $"Gateway:LocalCredentialTtl must be positive and at most {GatewayOptions.MaxLocalCredentialTtl.TotalSeconds} s (revocation must reach every instance within 5 s).")
            .Validate(o => o.LocalCredentialCapacity > 0 && o.MaxPermitBlock > 0 && o.IdlePermitReturn > TimeSpan.Zero,
                "Gateway:LocalCredentialCapacity, MaxPermitBlock and IdlePermitReturn must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SharedCredentialStore>();
        builder.Services.AddSingleton<VerifiedCredentialCache>();
        builder.Services.AddSingleton<InternalTokenCache>();
        builder.Services.AddSingleton<PermitLedger>();
        builder.Services.AddSingleton<UsageCounter>();
        builder.Services.AddSingleton<HourlyRateLimiter>();
        builder.Services.AddHostedService<PermitReturner>();
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
