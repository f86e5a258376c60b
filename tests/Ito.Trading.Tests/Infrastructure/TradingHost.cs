extern alias Simulator;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Testing;
using Ito.Trading.Data;
using Ito.Trading.Execution;
using Ito.Trading.Orders;
using Ito.Trading.Planning;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Signing;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SimulatorProgram = Simulator::Program;

namespace Ito.Trading.Tests.Infrastructure;

/// <summary>
/// The trading service on its own database and vhost, trading "paper" against the exchange simulator hosted
/// in-process. The platform's paper accounts are a fresh RSA key (registered with the simulator's Kalshi) and a
/// fresh wallet (with L2 credentials from the simulator's CLOB); the simulator verifies every signature.
/// </summary>
public class TradingHost : IAsyncLifetime
{
    public const string KalshiKeyId = "paper-key-0001";

    private readonly IsolatedInfrastructure _infrastructure = new();
    private int _nextKalshiMarket;

    /// <summary>Settings on top of the test ones, set before <see cref="InitializeAsync"/> (the benchmark lifts the venues' rate budgets).</summary>
    public Dictionary<string, string?> ExtraSettings { get; } = [];

    public SimulatorFactory Simulator { get; } = new();

    public HttpClient SimulatorClient { get; private set; } = null!;

    public TradingFactory Trading { get; private set; } = null!;

    public VenueWire Wire { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public string KalshiPrivateKeyPem { get; private set; } = "";

    public string PolymarketPrivateKey { get; } = "0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public string PolymarketAddress => new PolymarketOrderSigner(PolymarketPrivateKey).Address;

    public (string ApiKey, string Secret, string Passphrase) PolymarketApi { get; private set; }

    private IReadOnlyList<string> _kalshiTickers = [];

    public async Task InitializeAsync()
    {
        await _infrastructure.InitializeAsync();
        SimulatorClient = Simulator.CreateClient();

        using var rsa = RSA.Create(2048);
        KalshiPrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem();
        (await SimulatorClient.PostAsJsonAsync("/admin/kalshi/api-keys", new { keyId = KalshiKeyId, publicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() })).EnsureSuccessStatusCode();
        var api = await (await SimulatorClient.PostAsJsonAsync("/admin/polymarket/api-keys", new { address = PolymarketAddress })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();
        PolymarketApi = (api.GetProperty("apiKey").GetString()!, api.GetProperty("secret").GetString()!, api.GetProperty("passphrase").GetString()!);

        var markets = await SimulatorClient.GetFromJsonAsync<JsonElement>("/kalshi/trade-api/v2/markets?status=open&limit=200");
        _kalshiTickers = markets.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("ticker").GetString()!).ToList();

        Trading = new TradingFactory(_infrastructure, this);
        foreach (var (key, value) in PaperSettings().Concat(ExtraSettings)) Trading.Settings[key] = value;
        _ = Trading.Server; // start: migrations, bus
    }

    public async Task DisposeAsync()
    {
        await Trading.DisposeAsync();
        await Simulator.DisposeAsync();
        await _infrastructure.DisposeAsync();
    }

    /// <summary>A fresh open Kalshi market (untouched book) for each call.</summary>
    public MarketId NextKalshiMarket() =>
        MarketId.For(Venue.Kalshi, _kalshiTickers[Interlocked.Increment(ref _nextKalshiMarket) % _kalshiTickers.Count]);

    /// <summary>Lists a fresh Polymarket market on the simulator (its own untouched book).</summary>
    public async Task<MarketId> NewPolymarketMarketAsync(decimal price = 0.5m)
    {
        var created = await (await SimulatorClient.PostAsJsonAsync("/admin/polymarket/markets", new { price, tickSize = 0.01m }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return MarketId.For(Venue.Polymarket, created.GetProperty("conditionId").GetString()!);
    }

    /// <summary>Announces a basket the way the Baskets service does, and waits until trading has it.</summary>
    public async Task<Guid> CreateBasketAsync(Guid ownerId, params BasketLegInfo[] legs)
    {
        var id = Guid.NewGuid();
        await Trading.Services.GetRequiredService<IBus>().Publish(new BasketCreated(id, BasketKind.Custom, ownerId, "test basket", legs, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = Trading.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TradingDbContext>().Baskets.AnyAsync(b => b.Id == id);
        }, TimeSpan.FromSeconds(60), $"basket {id} consumed");
        return id;
    }

    /// <summary>
    /// A one-leg best-effort order on a fresh Kalshi market, planned from its book as the API would, not stored: the
    /// test moves it into the state it needs, then stores it with <see cref="StoreAsync"/>.
    /// </summary>
    public async Task<BasketOrder> PlanKalshiOrderAsync(Guid userId, decimal amount, DateTimeOffset placedAt)
    {
        var kalshi = NextKalshiMarket();
        var basket = await CreateBasketAsync(userId, new BasketLegInfo(kalshi, Side.Yes, 1m));
        var book = await PaperKalshi().GetOrderbookAsync(kalshi.VenueMarketId);
        var quote = new LegQuote(0, kalshi, Side.Yes, 1m, KalshiOutcomeBook.AsksFor(book, Side.Yes), PriceGrid.Uniform(0.01m), 1m, 1m);
        return BasketOrder.Place(userId, basket, Guid.NewGuid().ToString(), Side.Yes, amount, TradingMode.Paper, 0.05m, OrderPolicy.BestEffort,
            BasketOrderPlanner.Plan(amount, 0.05m, [quote]), l => l.MarketId.VenueMarketId, placedAt);
    }

    /// <summary>Stores orders as they are, with no message to drive them (as if their worker had died).</summary>
    public async Task StoreAsync(params BasketOrder[] orders)
    {
        await using var scope = Trading.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TradingDbContext>();
        db.BasketOrders.AddRange(orders);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The venue's own record of a leg's orders (an order as the API shows it): Kalshi orders with the leg's client
    /// order id, or the CLOB orders that traded the leg's token (a FAK or FOK that traded nothing is not kept by the CLOB).
    /// </summary>
    public async Task<IReadOnlyList<string>> OrdersOnVenueAsync(JsonElement leg)
    {
        var instrument = leg.GetProperty("instrument").GetString()!;
        var ids = new List<string>();
        if (leg.GetProperty("venue").GetString() == "kalshi")
        {
            var clientOrderId = leg.GetProperty("clientOrderId").GetString();
            await foreach (var o in PaperKalshi().GetAllOrdersAsync(new KalshiOrdersQuery { Ticker = instrument }))
                if (o.ClientOrderId == clientOrderId) ids.Add(o.OrderId);
            return ids;
        }

        await foreach (var t in PaperClob().GetAllTradesAsync(assetId: instrument))
            ids.Add(t.TakerOrderId ?? "");
        return ids.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The paper Kalshi account as a test sees it on the simulator (to count orders by client order id).</summary>
    public KalshiClient PaperKalshi() => new(new HttpClient(new KalshiAuthHandler(new KalshiRequestSigner(KalshiKeyId, KalshiPrivateKeyPem), TimeProvider.System)
    {
        InnerHandler = Simulator.Server.CreateHandler(),
    }) { BaseAddress = new Uri("http://localhost/kalshi/trade-api/v2/") });

    /// <summary>The paper Polymarket account on the simulator's CLOB.</summary>
    public PolymarketClobClient PaperClob()
    {
        var signer = new PolymarketOrderSigner(PolymarketPrivateKey);
        var hmac = new PolymarketHmacSigner(signer.Address, PolymarketApi.ApiKey, PolymarketApi.Secret, PolymarketApi.Passphrase);
        return new PolymarketClobClient(new HttpClient(new PolymarketAuthHandler(hmac, new ClobAuthSigner(PolymarketPrivateKey), PolymarketExchange.PolygonChainId, TimeProvider.System)
        {
            InnerHandler = Simulator.Server.CreateHandler(),
        }) { BaseAddress = new Uri("http://localhost/polymarket/clob/") });
    }

    public async Task AddFaultAsync(object rule) => (await SimulatorClient.PostAsJsonAsync("/admin/faults", rule)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await SimulatorClient.DeleteAsync("/admin/faults")).EnsureSuccessStatusCode();

    private Dictionary<string, string?> PaperSettings() => new()
    {
        ["Trading:Paper:KalshiBaseUrl"] = "http://localhost/kalshi/trade-api/v2",
        ["Trading:Paper:KalshiKeyId"] = KalshiKeyId,
        ["Trading:Paper:KalshiPrivateKeyPem"] = KalshiPrivateKeyPem,
        ["Trading:Paper:PolymarketClobBaseUrl"] = "http://localhost/polymarket/clob",
        ["Trading:Paper:PolymarketPrivateKey"] = PolymarketPrivateKey,
        ["Trading:Paper:PolymarketApiKey"] = PolymarketApi.ApiKey,
        ["Trading:Paper:PolymarketApiSecret"] = PolymarketApi.Secret,
        ["Trading:Paper:PolymarketApiPassphrase"] = PolymarketApi.Passphrase,
        ["Trading:Resilience:AttemptTimeout"] = "00:00:03",
        ["Trading:Resilience:TotalTimeout"] = "00:00:20",
        ["Trading:Resilience:RetryBaseDelay"] = "00:00:00.050",
        ["Trading:Resilience:MaxReadRetries"] = "3",
        ["Trading:Resilience:CircuitBreakerMinimumThroughput"] = "100000",
        ["Logging:LogLevel:Default"] = "Trace",
    };

    /// <summary>The simulator in-process with frozen prices, so books only move when our orders take liquidity.</summary>
    public sealed class SimulatorFactory : WebApplicationFactory<SimulatorProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Simulator:Seed"] = "20261126",
                ["Simulator:MarketCount"] = "600",
                ["Simulator:TickIntervalMs"] = "0",
                ["Simulator:StartingBalance"] = (10_000_000).ToString(CultureInfo.InvariantCulture),
            }));
        }
    }

    /// <summary>The trading service with its venue HttpClients wired to the in-process simulator through <see cref="VenueWire"/>.</summary>
    public sealed class TradingFactory(IsolatedInfrastructure infrastructure, TradingHost host) : ServiceFactory<Program>(infrastructure, ServiceNames.Trading)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(host.Logs).SetMinimumLevel(LogLevel.Trace));
            builder.ConfigureTestServices(services =>
            {
                services.AddHttpClient(TradingVenueHttp.Kalshi).ConfigurePrimaryHttpMessageHandler(() => host.Wire.Wrap(host.Simulator.Server.CreateHandler()));
                services.AddHttpClient(TradingVenueHttp.PolymarketClob).ConfigurePrimaryHttpMessageHandler(() => host.Wire.Wrap(host.Simulator.Server.CreateHandler()));
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TradingCollection : ICollectionFixture<TradingHost>
{
    public const string Name = "trading against the simulator";
}
