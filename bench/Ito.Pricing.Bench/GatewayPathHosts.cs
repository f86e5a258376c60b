extern alias gateway;
extern alias identity;
extern alias pricing;
using System.Security.Cryptography;
using Ito.Contracts;
using Ito.Contracts.Identity;
using Ito.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using CallerAuthentication = gateway::Ito.Gateway.Auth.CallerAuthentication;
using PricingProgram = pricing::Program;
using SigningKeyStore = identity::Ito.Identity.Signing.SigningKeyStore;

namespace Ito.Pricing.Bench;

/// <summary>
/// Identity, pricing and the gateway as they run in the system, each in-process on Kestrel (a real loopback socket
/// between them), on one isolated database (a schema each) and vhost. They find each other through service
/// discovery configuration (<c>services:{name}:http:0</c>), as the AppHost wires them: the gateway's YARP cluster
/// <c>pricing</c> and its identity client, and pricing's token validation (identity's published keys).
/// </summary>
internal sealed class GatewayPathHosts : IAsyncDisposable
{
    private readonly IsolatedInfrastructure infrastructure;
    private readonly string gatewaySecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private GatewayPathHosts(IsolatedInfrastructure infrastructure) => this.infrastructure = infrastructure;

    public IsolatedInfrastructure Infrastructure => infrastructure;

    public ServiceFactory<SigningKeyStore> Identity { get; private set; } = null!;

    public ServiceFactory<PricingProgram> Pricing { get; private set; } = null!;

    public WebApplicationFactory<CallerAuthentication> Gateway { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>Redis keys the gateway writes live under this prefix (the Redis is shared).</summary>
    public string GatewayRedisPrefix => $"bench-gateway:{infrastructure.VirtualHost}:";

    public static async Task<GatewayPathHosts> CreateAsync()
    {
        // A console bench has no test-assembly attributes: it names each host's content root (appsettings, routes).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_PRICING", RepositoryPaths.InRepository("services", "Pricing"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_IDENTITY", RepositoryPaths.InRepository("services", "Identity"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_GATEWAY", RepositoryPaths.InRepository("gateway"));
        var infrastructure = new IsolatedInfrastructure();
        await infrastructure.InitializeAsync();
        return new GatewayPathHosts(infrastructure);
    }

    public Uri StartIdentity()
    {
        Identity = new ServiceFactory<SigningKeyStore>(infrastructure, ServiceNames.Identity);
        Identity.Settings[GatewaySecret.ConfigurationKey] = gatewaySecret;
        Identity.Settings["InternalAuth:Jwks"] = ""; // as deployed: identity checks tokens with its own keys
        Quiet(Identity.Settings);
        return Start(Identity);
    }

    /// <summary>Pricing trusting identity's published keys (not test keys), so the gateway's real tokens pass.</summary>
    public Uri StartPricing(Uri identity)
    {
        Pricing = new ServiceFactory<PricingProgram>(infrastructure, ServiceNames.Pricing);
        Pricing.Settings["InternalAuth:Jwks"] = "";
        Pricing.Settings[$"services:{ServiceNames.Identity}:http:0"] = identity.ToString();
        Quiet(Pricing.Settings);
        return Start(Pricing);
    }

    public Uri StartGateway(Uri identity, Uri pricing)
    {
        Gateway = new GatewayFactory(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ServiceNames.Redis}"] = infrastructure.Redis,
            [$"ConnectionStrings:{ServiceNames.RabbitMq}"] = infrastructure.RabbitMq,
            [GatewaySecret.ConfigurationKey] = gatewaySecret,
            ["Gateway:RedisPrefix"] = GatewayRedisPrefix,
            [$"services:{ServiceNames.Identity}:http:0"] = identity.ToString(),
            [$"services:{ServiceNames.Pricing}:http:0"] = pricing.ToString(),
        });
        GatewayAddress = Start(Gateway);
        return GatewayAddress;
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null) await Gateway.DisposeAsync();
        if (Pricing is not null) await Pricing.DisposeAsync();
        if (Identity is not null) await Identity.DisposeAsync();
        await infrastructure.DisposeAsync();
    }

    private static void Quiet(Dictionary<string, string?> settings)
    {
        foreach (var (category, level) in QuietLevels) settings[$"Logging:LogLevel:{category}"] = level;
    }

    private static readonly (string Category, string Level)[] QuietLevels =
    [
        ("Default", "Warning"),
        // The migrator's first look for a history table that does not exist yet is logged as a failed command, and
        // the consumers' transactions cut short when the hosts stop as failed transactions.
        ("Microsoft.EntityFrameworkCore.Database", "None"),
        // When the hosts stop, pricing's outbox is still publishing the run's tens of thousands of BasketPriceChanged;
        // those publishes are cancelled with the host, which MassTransit reports as faults. A tick lost during the
        // run would show as "not seen" in the figures instead.
        ("MassTransit", "Critical"),
    ];

    private static Uri Start<T>(WebApplicationFactory<T> factory)
        where T : class
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    private sealed class GatewayFactory(Dictionary<string, string?> settings) : WebApplicationFactory<CallerAuthentication>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            foreach (var (category, level) in QuietLevels) builder.UseSetting($"Logging:LogLevel:{category}", level);
        }
    }
}
