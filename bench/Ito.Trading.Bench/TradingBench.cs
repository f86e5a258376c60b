using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Trading.Tests.Infrastructure;

namespace Ito.Trading.Bench;

/// <summary>
/// Basket-order latency against the exchange simulator, by hand (see README.md):
///   dotnet run -c Release --project bench/Ito.Trading.Bench [-- orders=30 users=50 legs=20 usersLegs=4 budgets=venue|unthrottled]
/// Needs the shared local PostgreSQL and RabbitMQ (as the integration tests do). "Submit → all legs filled" runs from
/// the moment the client sends its POST (so the book reads, the plan and the store are in it) to the order's
/// settling transition as the server stamped it, so client polling adds nothing. Service and client share one
/// process, hence one clock.
/// </summary>
public static class TradingBench
{
    public static async Task Main(string[] args)
    {
        var options = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        int Option(string name, int fallback) => options.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;
        var orders = Option("orders", 30);
        var users = Option("users", 50);
        var legs = Option("legs", 20);
        var userLegs = Option("usersLegs", 4);
        var unthrottled = !options.TryGetValue("budgets", out var budgets) || budgets != "venue";

        // The real venues' budgets (Kalshi 9 writes/s, 18 reads/s) bound a 10-Kalshi-leg basket to ≥ 1 s by design;
        // "unthrottled" lifts them to measure the service itself.
        var settings = unthrottled
            ? new Dictionary<string, string?>
            {
                ["Trading:KalshiReads:RequestsPerSecond"] = "5000", ["Trading:KalshiWrites:RequestsPerSecond"] = "5000",
                ["Trading:ClobReads:RequestsPerSecond"] = "5000", ["Trading:ClobWrites:RequestsPerSecond"] = "5000",
                ["Logging:LogLevel:Default"] = "Warning",
            }
            : new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };

        // Outside a test project nothing tells WebApplicationFactory where the two web projects live.
        var repo = RepositoryRoot();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_TRADING", Path.Combine(repo, "services", "Trading"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ITO_EXCHANGESIMULATOR", Path.Combine(repo, "services", "ExchangeSimulator"));
        var host = new TradingHost();
        foreach (var (key, value) in settings) host.ExtraSettings[key] = value;
        await host.InitializeAsync();
        try
        {
            Console.WriteLine($"budgets: {(unthrottled ? "unthrottled" : "venue")}; machine: {Environment.ProcessorCount} cores");

            var owner = Guid.NewGuid();
            var client = host.Trading.CreateClientFor(owner);
            await WarmUpAsync(host, client, owner);

            var single = new List<OrderLatency>();
            for (var i = 0; i < orders; i++)
            {
                var basket = await BasketAsync(host, owner, legs);
                single.Add(await OrderLatencyAsync(client, basket));
            }

            Report($"{legs}-leg basket, {orders} orders one after another", single);

            var clients = Enumerable.Range(0, users).Select(_ => Guid.NewGuid()).ToList();
            var baskets = new List<(Guid User, Guid Basket)>();
            foreach (var user in clients) baskets.Add((user, await BasketAsync(host, user, userLegs)));
            var wall = Stopwatch.StartNew();
            var concurrent = await Task.WhenAll(baskets.Select(b => OrderLatencyAsync(host.Trading.CreateClientFor(b.User), b.Basket)));
            wall.Stop();
            Report($"{users} users at once, {userLegs}-leg baskets", concurrent.ToList());
            Console.WriteLine($"  wall {wall.Elapsed.TotalMilliseconds:F0} ms, {users * userLegs / wall.Elapsed.TotalSeconds:F1} legs/s");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ito.Aspire.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("Ito.Aspire.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task WarmUpAsync(TradingHost host, HttpClient client, Guid owner) =>
        await OrderLatencyAsync(client, await BasketAsync(host, owner, 2));

    private static async Task<Guid> BasketAsync(TradingHost host, Guid owner, int legCount)
    {
        var legs = new List<BasketLegInfo>();
        for (var i = 0; i < legCount; i++)
        {
            var market = i % 2 == 0 ? host.NextKalshiMarket() : await host.NewPolymarketMarketAsync();
            legs.Add(new BasketLegInfo(market, Side.Yes, 1m / legCount));
        }

        return await host.CreateBasketAsync(owner, legs.ToArray());
    }

    /// <summary>One order's figures, in ms: client POST sent → settling transition, and → the 202 (plan and store).</summary>
    private sealed record OrderLatency(double SubmitToFilledMs, double PostMs);

    private static async Task<OrderLatency> OrderLatencyAsync(HttpClient client, Guid basket)
    {
        var submitted = DateTimeOffset.UtcNow;
        var post = Stopwatch.StartNew();
        var (status, placed) = await OrderApi.PlaceAsync(client, basket, new { side = "yes", amount = 200m, mode = "paper", maxSlippage = 0.05m }, Guid.NewGuid().ToString());
        post.Stop();
        if (status != HttpStatusCode.Accepted) throw new InvalidOperationException($"{status}: {placed}");
        var id = placed.GetProperty("id").GetGuid();
        while (true)
        {
            var order = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
            var state = order.GetProperty("status").GetString();
            if (OrderApi.Settled.Contains(state))
            {
                if (state != "filled") throw new InvalidOperationException($"order {id} ended {state}: {order}");
                var settledAt = order.GetProperty("transitions").EnumerateArray().Last().GetProperty("at").GetDateTimeOffset();
                return new OrderLatency((settledAt - submitted).TotalMilliseconds, post.Elapsed.TotalMilliseconds);
            }

            await Task.Delay(20);
        }
    }

    private static void Report(string what, List<OrderLatency> orders)
    {
        static double P(List<double> sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
        var total = orders.Select(o => o.SubmitToFilledMs).Order().ToList();
        var post = orders.Select(o => o.PostMs).Order().ToList();
        Console.WriteLine($"{what}: n={total.Count} p50={P(total, 0.50):F0} ms p99={P(total, 0.99):F0} ms max={total[^1]:F0} ms (submit → all legs filled, from the client's POST)");
        Console.WriteLine($"  the POST alone (book reads, plan, store, 202): p50={P(post, 0.50):F0} ms p99={P(post, 0.99):F0} ms max={post[^1]:F0} ms");
    }
}
