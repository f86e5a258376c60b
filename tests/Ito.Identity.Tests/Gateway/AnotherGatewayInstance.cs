using Ito.Contracts;
using Ito.Contracts.Identity;
using Ito.Gateway.Auth;
using Ito.Identity.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Ito.Identity.Tests.Gateway;

/// <summary>
/// A second gateway instance beside the harness's, as when the gateway is scaled out: same Redis prefix, same bus
/// virtual host, same identity and backends (it borrows the first instance's settings and in-process forwarders),
/// but its own memory, rate-limit permits and eviction queue.
/// </summary>
public sealed class AnotherGatewayInstance(GatewayHarness harness) : WebApplicationFactory<CallerAuthentication>
{
    private static readonly string[] SharedSettings =
    [
        $"ConnectionStrings:{ServiceNames.Redis}",
        $"ConnectionStrings:{ServiceNames.RabbitMq}",
        GatewaySecret.ConfigurationKey,
        "Gateway:RedisPrefix",
        "Gateway:UsageFlushInterval",
    ];

    public HttpClient CreateGatewayClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var first = harness.GatewayServices.GetRequiredService<IConfiguration>();
        var forwarders = harness.GatewayServices.GetRequiredService<IForwarderHttpClientFactory>();
        builder.UseEnvironment("Development");
        foreach (var key in SharedSettings) builder.UseSetting(key, first[key]);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(forwarders);
            services.AddHttpClient<IdentityCredentialsClient>().ConfigurePrimaryHttpMessageHandler(() => new ThroughForwarder(forwarders));
        });
    }

    /// <summary>Identity's gateway endpoints reached the way the first instance's proxy reaches identity.</summary>
    private sealed class ThroughForwarder(IForwarderHttpClientFactory forwarders) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker invoker = forwarders.CreateClient(new ForwarderHttpClientContext { ClusterId = ServiceNames.Identity });

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            invoker.SendAsync(request, cancellationToken);
    }
}
