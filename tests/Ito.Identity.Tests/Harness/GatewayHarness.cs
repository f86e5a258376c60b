using System.Security.Cryptography;
using Ito.Contracts;
using Ito.Contracts.Identity;
using Ito.Gateway.Auth;
using Ito.Identity.Signing;
using Ito.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Forwarder;

namespace Ito.Identity.Tests.Harness;

/// <summary>
/// The front door as it runs in the system: identity (own database, vhost) and the gateway in-process, the gateway's
/// YARP clusters and identity client pointed at the in-process hosts, every other service played by
/// <see cref="EchoBackend"/>. Both hosts log into <see cref="Logs"/>.
/// </summary>
public sealed class GatewayHarness : IAsyncLifetime
{
    private readonly IsolatedInfrastructure infrastructure = new();
    private readonly string gatewaySecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private IdentityFactory identity = null!;
    private GatewayFactory gateway = null!;
    private EchoBackend echo = null!;

    /// <summary>The appsettings quiet some categories; the capture must hear them too.</summary>
    private static readonly string[] LoggedCategories = ["Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit", "Yarp"];

    public LogCapture Logs { get; } = new();

    /// <summary>The benchmark turns this off so the backend's token check is not counted as the gateway's.</summary>
    public bool BackendValidatesTokens { get; init; } = true;

    public IServiceProvider GatewayServices => gateway.Services;

    /// <summary>Identity's database, for the operator commands that run beside the service.</summary>
    public string IdentityDatabase => infrastructure.Database;

    /// <summary>Usage counts flush often so tests can see them.</summary>
    public TimeSpan UsageFlushInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Tests log everything (to search it for secrets); the benchmark logs only warnings.</summary>
    public string LogLevel { get; init; } = "Trace";

    public async Task InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        identity = new IdentityFactory(infrastructure, Logs);
        identity.Settings[GatewaySecret.ConfigurationKey] = gatewaySecret;
        // As deployed: no inline test keys, so identity must validate tokens with its own signing keys (no HTTP to itself).
        identity.Settings["InternalAuth:Jwks"] = "";
        foreach (var category in LoggedCategories) identity.Settings[$"Logging:LogLevel:{category}"] = LogLevel;
        _ = identity.Server;

        var keys = identity.Services.GetRequiredService<SigningKeyStore>();
        echo = new EchoBackend(() => keys.ValidationKeys, BackendValidatesTokens);
        await echo.StartAsync();

        gateway = new GatewayFactory(this);
        _ = gateway.Server;
    }

    /// <summary>A client of the gateway that manages no cookies by itself (tests set them explicitly).</summary>
    public HttpClient CreateClient() =>
        gateway.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });

    public async Task DisposeAsync()
    {
        await gateway.DisposeAsync();
        await echo.DisposeAsync();
        await identity.DisposeAsync();
        await infrastructure.DisposeAsync();
    }

    private sealed class IdentityFactory(IsolatedInfrastructure infrastructure, LogCapture logs)
        : ServiceFactory<SigningKeyStore>(infrastructure, ServiceNames.Identity)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    private sealed class GatewayFactory(GatewayHarness harness) : WebApplicationFactory<CallerAuthentication>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting($"ConnectionStrings:{ServiceNames.Redis}", harness.infrastructure.Redis);
            builder.UseSetting($"ConnectionStrings:{ServiceNames.RabbitMq}", harness.infrastructure.RabbitMq);
            builder.UseSetting(GatewaySecret.ConfigurationKey, harness.gatewaySecret);
            // Redis is shared by every test run: this gateway's keys live under a prefix of their own.
            builder.UseSetting("Gateway:RedisPrefix", $"test-gateway:{harness.infrastructure.VirtualHost}:");
            builder.UseSetting("Gateway:UsageFlushInterval", harness.UsageFlushInterval.ToString());
            foreach (var category in LoggedCategories) builder.UseSetting($"Logging:LogLevel:{category}", harness.LogLevel);
            builder.ConfigureLogging(logging => logging.AddProvider(harness.Logs));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IForwarderHttpClientFactory>(new InProcessForwarderFactory(
                    harness.identity.Server.CreateHandler(), harness.echo.Handler));
                services.AddHttpClient<IdentityCredentialsClient>().ConfigurePrimaryHttpMessageHandler(() => harness.identity.Server.CreateHandler());
            });
        }
    }

    /// <summary>YARP's outgoing calls go to identity's test server for the identity cluster, to the echo for the rest.</summary>
    private sealed class InProcessForwarderFactory(HttpMessageHandler identity, HttpMessageHandler echo) : IForwarderHttpClientFactory
    {
        public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context) => new(new ByHost(identity, echo), disposeHandler: false);

        private sealed class ByHost(HttpMessageHandler identity, HttpMessageHandler echo) : HttpMessageHandler
        {
            private readonly HttpMessageInvoker identityInvoker = new(identity, disposeHandler: false);
            private readonly HttpMessageInvoker echoInvoker = new(echo, disposeHandler: false);

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                (request.RequestUri?.Host == ServiceNames.Identity ? identityInvoker : echoInvoker).SendAsync(request, cancellationToken);
        }
    }
}
