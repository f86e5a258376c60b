extern alias simulator;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Pricing.Data;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using SimulatorProgram = simulator::Program;

namespace Ito.Pricing.Tests.Integration;

/// <summary>The exchange simulator in-process: a small frozen universe (no random walk) so history is deterministic.</summary>
public sealed class SimulatorFactory : WebApplicationFactory<SimulatorProgram>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Simulator:TickIntervalMs", "0");
        builder.UseSetting("Simulator:MarketCount", "400");
    }
}

/// <summary>Pricing on the test class's own database and vhost, its venue clients talking to the in-process simulator.</summary>
public sealed class PricingFactory(IsolatedInfrastructure infrastructure, SimulatorFactory simulator)
    : ServiceFactory<Program>(infrastructure, ServiceNames.Pricing)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings.TryAdd("Venues:Kalshi:BaseUrl", "http://simulator/kalshi/trade-api/v2");
        Settings.TryAdd("Venues:Polymarket:ClobBaseUrl", "http://simulator/polymarket/clob");
        Settings.TryAdd("Venues:Polymarket:GammaBaseUrl", "http://simulator/polymarket/gamma");
        // One venue try per leg attempt and short waits: the fault tests would otherwise sit in back-off.
        Settings.TryAdd("Venues:Kalshi:Resilience:MaxReadRetries", "0");
        Settings.TryAdd("Venues:Polymarket:Resilience:MaxReadRetries", "0");
        Settings.TryAdd("Pricing:Backfill:LegAttempts", "2");
        Settings.TryAdd("Pricing:Backfill:LegRetryDelay", "00:00:00.100");
        Settings.TryAdd("Pricing:Backfill:PollInterval", "00:00:00.250");
        Settings.TryAdd("Pricing:SnapshotInterval", "00:00:01");
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(KalshiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
            services.AddHttpClient(PolymarketClobClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        });
    }
}

/// <summary>
/// One simulator, one pricing service and one isolated database + vhost for a test class. Subclasses change settings
/// (e.g. an unreachable Redis) through <see cref="Configure"/>.
/// </summary>
public class PricingHost : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IsolatedInfrastructure Infrastructure { get; } = new();

    public SimulatorFactory Simulator { get; } = new();

    public PricingFactory Pricing { get; private set; } = null!;

    public IBus Bus => Pricing.Services.GetRequiredService<IBus>();

    public IDatabase Redis => Pricing.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    public virtual async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        Pricing = new PricingFactory(Infrastructure, Simulator);
        Configure(Pricing.Settings);
        Pricing.CreateClient().Dispose(); // starts the host: migrations, book, bus
    }

    /// <summary>Stops the service and starts a new instance on the same database, vhost and Redis.</summary>
    public async Task RestartPricingAsync()
    {
        await Pricing.DisposeAsync();
        Pricing = new PricingFactory(Infrastructure, Simulator);
        Configure(Pricing.Settings);
        // MassTransit keeps its log context in an AsyncLocal that still points at the first host's (disposed)
        // logger factory; the new host starts on a flow that does not inherit it.
        Task start;
        using (ExecutionContext.SuppressFlow()) start = Task.Run(() => Pricing.CreateClient().Dispose());
        await start;
    }

    public virtual async Task DisposeAsync()
    {
        await Pricing.DisposeAsync();
        await Simulator.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }

    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    public HttpClient Client(params string[] scopes) =>
        Pricing.CreateClientFor(Guid.NewGuid(), scopes: scopes.Length == 0 ? Scopes.All : scopes);

    /// <summary>An admin reads every basket, including one known only from its legs (private, no owner yet).</summary>
    public HttpClient AdminClient(params string[] scopes) =>
        Pricing.CreateClientFor(Guid.NewGuid(), admin: true, scopes: scopes.Length == 0 ? Scopes.All : scopes);

    public async Task<T> WithDbAsync<T>(Func<PricingDbContext, Task<T>> query)
    {
        await using var scope = Pricing.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PricingDbContext>());
    }

    /// <summary>Open Kalshi market tickers from the simulator.</summary>
    public async Task<IReadOnlyList<MarketId>> KalshiMarketsAsync(int count)
    {
        using var http = Simulator.CreateClient();
        var json = await http.GetFromJsonAsync<JsonElement>($"/kalshi/trade-api/v2/markets?limit={count}&status=open");
        return json.GetProperty("markets").EnumerateArray().Select(m => MarketId.For(Venue.Kalshi, m.GetProperty("ticker").GetString()!)).ToArray();
    }

    /// <summary>Open Polymarket condition ids from the simulator's Gamma.</summary>
    public async Task<IReadOnlyList<MarketId>> PolymarketMarketsAsync(int count)
    {
        using var http = Simulator.CreateClient();
        var json = await http.GetFromJsonAsync<JsonElement>($"/polymarket/gamma/markets?limit={count}&closed=false");
        return json.EnumerateArray().Select(m => MarketId.For(Venue.Polymarket, m.GetProperty("conditionId").GetString()!)).ToArray();
    }
}

/// <summary>Pricing whose Redis is a port nobody listens on.</summary>
public sealed class RedisDownHost : PricingHost
{
    protected override void Configure(Dictionary<string, string?> settings) =>
        settings[$"ConnectionStrings:{ServiceNames.Redis}"] = "127.0.0.1:1,abortConnect=false,connectTimeout=200,connectRetry=0";
}

/// <summary>Pricing on a Redis of its own (<see cref="PrivateRedisServer"/>) that the test may kill and start again.</summary>
public sealed class PrivateRedisHost : PricingHost
{
    public PrivateRedisServer RedisServer { get; } = new();

    public override async Task InitializeAsync()
    {
        await RedisServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await RedisServer.DisposeAsync();
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings[$"ConnectionStrings:{ServiceNames.Redis}"] = RedisServer.ConnectionString;
        settings["Pricing:RedisResyncInterval"] = "00:00:00.200";
    }
}
