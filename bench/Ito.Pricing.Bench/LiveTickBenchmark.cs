using System.Diagnostics;
using Ito.Contracts;
using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Pricing.Bench;

/// <summary>
/// Tick → new basket price readable in Redis, through the service's own recompute and fan-out path (in-memory book,
/// pipelined Redis batch, stream publish), then read back with HGET. Postgres and RabbitMQ are not in this figure.
/// </summary>
internal static class LiveTickBenchmark
{
    public static async Task RunAsync(string redisConnection, int markets, int baskets, int ticks)
    {
        var build = Stopwatch.StartNew();
        var universe = new SyntheticBook(markets, baskets);
        Console.WriteLine($"book: {markets} markets, {universe.Book.BasketCount} baskets (2–50 legs) built in {build.ElapsedMilliseconds} ms");

        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConnection);
        var cache = new RedisBasketPriceCache(redis, NullLogger<RedisBasketPriceCache>.Instance);
        var stream = new BasketPriceStream(Options.Create(new PricingOptions()));
        var fanOut = new BasketPriceFanOut(universe.Book, cache, stream);
        var db = redis.GetDatabase();
        var random = new Random(7);

        try
        {
            // Warm up: JIT, connection, first writes of every basket.
            await fanOut.PublishAsync(universe.Book.LatestPrices().Select(p => p.BasketId).ToArray());
            for (var i = 0; i < 200; i++) await TickAsync(universe.Markets[random.Next(markets)]);

            var latencies = new List<double>(ticks);
            for (var i = 0; i < ticks; i++) latencies.Add(await TickAsync(universe.Markets[random.Next(markets)]));
            Console.WriteLine($"tick → price readable in Redis (random market)       {Percentiles.Describe(latencies)}");

            var hot = new List<double>();
            var cold = new List<double>();
            var hotCompute = new List<double>();
            var coldCompute = new List<double>();
            for (var i = 0; i < 300; i++)
            {
                hot.Add(await TickAsync(universe.Hot));
                cold.Add(await TickAsync(universe.Cold));
                hotCompute.Add(ComputeOnly(universe.Hot));
                coldCompute.Add(ComputeOnly(universe.Cold));
            }
            Console.WriteLine($"market in 1 basket:   tick → Redis                    {Percentiles.Describe(cold)}");
            Console.WriteLine($"market in {SyntheticBook.HotBaskets} baskets: tick → Redis                    {Percentiles.Describe(hot)}");
            Console.WriteLine($"market in 1 basket:   recompute only                  {Percentiles.Describe(coldCompute)}");
            Console.WriteLine($"market in {SyntheticBook.HotBaskets} baskets: recompute only                  {Percentiles.Describe(hotCompute)}");

            var all = Stopwatch.StartNew();
            foreach (var price in universe.Book.LatestPrices()) universe.Book.Reprice(price.BasketId);
            Console.WriteLine($"for scale: recomputing all {universe.Book.BasketCount} baskets once        {all.Elapsed.TotalMilliseconds,8:F3} ms");
        }
        finally
        {
            foreach (var chunk in universe.Book.LatestPrices().Chunk(1000))
            {
                await db.KeyDeleteAsync(chunk.Select(p => RedisBasketPriceCache.KeyOf(p.BasketId)).ToArray());
            }
        }

        async Task<double> TickAsync(MarketId market)
        {
            var price = Math.Round((decimal)random.NextDouble(), 4);
            var started = Stopwatch.GetTimestamp();
            universe.Book.TryApplyQuote(market, new MarketQuote(price, DateTimeOffset.UtcNow));
            var changed = universe.Book.RepriceBasketsHolding(market);
            await fanOut.PublishAsync(changed.Select(p => p.BasketId));
            if (changed.Count > 0)
            {
                var probe = changed[^1];
                var stored = await db.HashGetAsync(RedisBasketPriceCache.KeyOf(probe.BasketId), "as_of");
                if (stored.IsNull) throw new InvalidOperationException("The price did not reach Redis.");
            }
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        double ComputeOnly(MarketId market)
        {
            universe.Book.TryApplyQuote(market, new MarketQuote(Math.Round((decimal)random.NextDouble(), 4), DateTimeOffset.UtcNow));
            var started = Stopwatch.GetTimestamp();
            universe.Book.RepriceBasketsHolding(market);
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }
}
