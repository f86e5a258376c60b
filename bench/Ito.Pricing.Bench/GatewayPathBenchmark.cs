using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Ito.Pricing.Bench;

/// <summary>
/// The issue's figure end to end: a <c>MarketPriceChanged</c> published on the real RabbitMQ → pricing consumes it
/// (book, Postgres transaction with quote + latest prices + outbox, then Redis and the streams) → the new price
/// arrives on the basket's SSE stream read through the real gateway (session cookie check, internal token, YARP) —
/// all hosts on Kestrel over loopback. The clock starts before Publish and stops when the client has the event, so
/// there is no polling error. After each event a GET …/price through the gateway must already show the same as-of;
/// its round trip is reported too. The bench also subscribes to pricing's in-process stream of the same basket, which
/// splits each tick into "inside pricing" (publish → consumed, committed, in Redis, handed to the streams) and
/// "delivery" (pricing's SSE write → Kestrel → YARP → the client).
/// </summary>
internal static class GatewayPathBenchmark
{
    private const int ProbeStreams = 40;
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);

    public static async Task RunAsync(int markets, int baskets, int ticks, int hotTicks)
    {
        var setup = Stopwatch.StartNew();
        var universe = new SyntheticBook(markets, baskets);
        await using var hosts = await GatewayPathHosts.CreateAsync();
        await BookSeeder.SeedAsync(hosts.Infrastructure.Database, universe);
        var identity = hosts.StartIdentity();
        var pricing = hosts.StartPricing(identity);
        var gatewayAddress = hosts.StartGateway(identity, pricing);
        var book = hosts.Pricing.Services.GetRequiredService<PricingBook>();
        var bus = hosts.Pricing.Services.GetRequiredService<IBus>();
        Console.WriteLine($"hosts on Kestrel: identity {identity}, pricing {pricing}, gateway {gatewayAddress}; " +
            $"pricing loaded {book.BasketCount} baskets from Postgres; set up in {setup.Elapsed.TotalSeconds:F1} s");

        using var gateway = await SignedInClientAsync(gatewayAddress);
        var random = new Random(11);
        var hotHolders = book.BasketsHolding(universe.Hot).ToHashSet();
        var probes = book.LatestPrices().Select(p => p.BasketId).Where(id => !hotHolders.Contains(id))
            .OrderBy(_ => random.Next()).Take(ProbeStreams).ToList();
        var hotProbe = book.BasketsHolding(universe.Hot)[0];
        var streams = new Dictionary<Guid, GatewayPriceStream>();
        var pricingStream = hosts.Pricing.Services.GetRequiredService<BasketPriceStream>();
        var inPricing = new Dictionary<Guid, StampedPrices>();
        using var stopListening = new CancellationTokenSource();
        var listeners = new List<Task>();
        try
        {
            foreach (var basketId in probes.Append(hotProbe))
            {
                var stamped = inPricing[basketId] = new StampedPrices();
                var subscription = pricingStream.Subscribe(basketId, null, out _);
                listeners.Add(Task.Run(async () =>
                {
                    using var _ = subscription;
                    await foreach (var change in subscription.Reader.ReadAllAsync(stopListening.Token)) stamped.Arrived(change.Price.AsOf);
                }));
            }
            foreach (var basketId in probes.Append(hotProbe)) streams[basketId] = await GatewayPriceStream.OpenAsync(gateway, basketId);

            var quotes = new Dictionary<MarketId, decimal>();
            async Task<(double Event, double Inside, double Get)?> TickAsync(Guid basketId, MarketId market)
            {
                var yes = Math.Round((decimal)random.NextDouble(), 4);
                if (quotes.GetValueOrDefault(market, -1) == yes || book.Quote(market)?.YesPrice == yes) yes = yes >= 0.5m ? yes - 0.0001m : yes + 0.0001m;
                quotes[market] = yes;
                var at = DateTimeOffset.UtcNow;
                at = new DateTimeOffset(at.Ticks - at.Ticks % 10, TimeSpan.Zero); // microseconds: what every hop keeps exactly

                var started = Stopwatch.GetTimestamp();
                await bus.Publish(new MarketPriceChanged(market, null, null, null, yes, at));
                if (await streams[basketId].WaitForAsync(at, EventTimeout) is not { } received) return null;
                if (await inPricing[basketId].WaitForAsync(at, EventTimeout) is not { } handedOver) return null;
                var eventLatency = Stopwatch.GetElapsedTime(started, received.ReceivedAt).TotalMilliseconds;
                var inside = Stopwatch.GetElapsedTime(started, handedOver.ReceivedAt).TotalMilliseconds;

                var get = Stopwatch.GetTimestamp();
                var price = await gateway.GetFromJsonAsync<JsonElement>($"/api/v1/baskets/{basketId}/price");
                var getLatency = Stopwatch.GetElapsedTime(get).TotalMilliseconds;
                if (price.GetProperty("asOf").GetDateTimeOffset() != at)
                {
                    throw new InvalidOperationException($"GET …/price through the gateway showed as-of {price.GetProperty("asOf")} after the stream showed {at:O}.");
                }
                return (eventLatency, inside, getLatency);
            }

            MarketId LegOf(Guid basketId) { var legs = book.Basket(basketId)!.Legs; return legs[random.Next(legs.Count)].MarketId; }

            for (var i = 0; i < 30; i++)
            {
                var probe = probes[random.Next(probes.Count)];
                await TickAsync(probe, LegOf(probe)); // JIT, connections, EF query plans
            }

            var load = MachineLoad.Now();
            var (events, insides, deliveries, gets, touched, missed) =
                (new List<double>(ticks), new List<double>(ticks), new List<double>(ticks), new List<double>(ticks), new List<double>(ticks), 0);
            for (var i = 0; i < ticks; i++)
            {
                var probe = probes[random.Next(probes.Count)];
                var market = LegOf(probe);
                touched.Add(book.BasketsHolding(market).Count);
                if (await TickAsync(probe, market) is { } measured)
                {
                    events.Add(measured.Event);
                    insides.Add(measured.Inside);
                    deliveries.Add(measured.Event - measured.Inside);
                    gets.Add(measured.Get);
                }
                else missed++;
            }
            var (hotEvents, hotInsides, hotMissed) = (new List<double>(hotTicks), new List<double>(hotTicks), 0);
            for (var i = 0; i < hotTicks; i++)
            {
                if (await TickAsync(hotProbe, universe.Hot) is { } measured)
                {
                    hotEvents.Add(measured.Event);
                    hotInsides.Add(measured.Inside);
                }
                else hotMissed++;
            }
            touched.Sort();

            Console.WriteLine($"tick (RabbitMQ) → price on the SSE stream through the gateway, market in a median of {touched[touched.Count / 2]:F0} baskets (max {touched[^1]:F0}):");
            Console.WriteLine($"  random market                                      {Percentiles.Describe(events)}{Missed(missed)}");
            Console.WriteLine($"    of which inside pricing (to its stream hand-off) {Percentiles.Describe(insides)}");
            Console.WriteLine($"    of which delivery (SSE → YARP → client)          {Percentiles.Describe(deliveries)}");
            Console.WriteLine($"  market in {SyntheticBook.HotBaskets} baskets                              {Percentiles.Describe(hotEvents)}{Missed(hotMissed)}");
            Console.WriteLine($"    of which inside pricing (to its stream hand-off) {Percentiles.Describe(hotInsides)}");
            Console.WriteLine($"  then GET …/price through the gateway (round trip)  {Percentiles.Describe(gets)}");
            Console.WriteLine($"  machine: before {load}; after {MachineLoad.Now()}");
        }
        finally
        {
            foreach (var stream in streams.Values) await stream.DisposeAsync();
            await stopListening.CancelAsync();
            try
            {
                await Task.WhenAll(listeners);
            }
            catch (OperationCanceledException)
            {
                // The listeners were told to stop.
            }
            await CleanRedisAsync(hosts, book);
        }
    }

    private static string Missed(int missed) => missed == 0 ? "" : $"  ({missed} not seen within {EventTimeout.TotalSeconds:F0} s)";

    /// <summary>A user registered and signed in through the gateway; the session cookie holds every scope.</summary>
    private static async Task<HttpClient> SignedInClientAsync(Uri gateway)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = gateway,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var userName = "bench" + Guid.NewGuid().ToString("N")[..12];
        const string password = "bench horse battery 42";
        var registered = await client.PostAsJsonAsync("/api/internal/auth/register", new { userName, email = userName + "@example.com", password });
        if (registered.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"register answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
        var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName, password });
        if (login.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"login answered {(int)login.StatusCode}");
        var session = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).First(c => c.StartsWith("ito_session=", StringComparison.Ordinal));
        client.DefaultRequestHeaders.Add("Cookie", session);
        return client;
    }

    /// <summary>The shared Redis keeps nothing of the run: pricing's 10k hashes and the gateway's credential cache.</summary>
    private static async Task CleanRedisAsync(GatewayPathHosts hosts, PricingBook book)
    {
        var redis = hosts.Pricing.Services.GetRequiredService<IConnectionMultiplexer>();
        var db = redis.GetDatabase();
        foreach (var chunk in book.LatestPrices().Chunk(1000)) await db.KeyDeleteAsync(chunk.Select(p => RedisBasketPriceCache.KeyOf(p.BasketId)).ToArray());
        foreach (var server in redis.GetServers())
        {
            var keys = new List<RedisKey>();
            await foreach (var key in server.KeysAsync(pattern: hosts.GatewayRedisPrefix + "*")) keys.Add(key);
            if (keys.Count > 0) await db.KeyDeleteAsync(keys.ToArray());
        }
    }
}
