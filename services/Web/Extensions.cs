using Ito.Contracts;
using Ito.Web.Account;
using Ito.Web.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Http.Resilience;
using StackExchange.Redis;

namespace Ito.Web;

public static class Extensions
{
    private const string DataProtectionKeys = "web:data-protection-keys";

    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();

        // Antiforgery tokens and form state are protected with keys every replica must share and a restart must
        // keep: they live in Redis under the web frontend's own prefix.
        builder.AddRedisClient(ServiceNames.Redis);
        builder.Services.AddDataProtection().SetApplicationName("ito-web");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeys));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<UserSession>();
        builder.Services.AddTransient<SessionForwardingHandler>();

        // The web frontend is only reached through the gateway: trust its word on the browser's scheme and host,
        // so redirects and Secure cookies follow what the browser sees.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });

        var gateway = builder.Configuration["Web:GatewayAddress"] ?? "http://gateway";
        // RemoveAllResilienceHandlers is marked experimental; it replaces the handler ServiceDefaults gives every client.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<GatewayApi>(http => http.BaseAddress = new Uri(gateway))
            // Pooled handlers are shared by every user: a cookie container would carry one user's session into
            // another's calls. Each request gets exactly the session of the browser being served, nothing else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false })
            .AddHttpMessageHandler<SessionForwardingHandler>()
            // Orders, sign-ins and key creation must never be sent twice because a retry guessed they failed.
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
#pragma warning restore EXTEXP0001
        return builder;
    }
}
