using Ito.Pricing.Streaming;

namespace Ito.Pricing.Prices;

/// <summary>
/// What happens once new basket prices are committed: the baskets are priced again from the quotes held now, and
/// what changed goes to Redis (readers' first stop) and to stream subscribers. Pricing afresh here, one batch at a
/// time, matters: two consumers committing in the other order than they computed (a new basket and a tick on its
/// leg) would otherwise let the older price overwrite the newer in Redis and on the streams.
/// </summary>
public sealed class BasketPriceFanOut(PricingBook book, RedisBasketPriceCache cache, BasketPriceStream stream)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task PublishAsync(IEnumerable<Guid> basketIds)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var changed = new List<BasketPrice>();
            foreach (var basketId in basketIds)
            {
                if (book.Reprice(basketId) is { } price && book.Remember(price)) changed.Add(price);
            }
            if (changed.Count == 0) return;
            await cache.WriteAsync(changed);
            foreach (var price in changed) stream.Publish(price);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>
    /// Writes every latest price to Redis again (after an outage). Taken in turn with the fan-outs: a refill that
    /// read the prices before a tick and wrote them after it would leave the older price in Redis.
    /// </summary>
    /// <returns>How many prices were written, and whether Redis took them all.</returns>
    public async Task<(int Count, bool Complete)> RefillCacheAsync()
    {
        await oneAtATime.WaitAsync();
        try
        {
            var prices = book.LatestPrices();
            var complete = true;
            foreach (var chunk in prices.Chunk(1000)) complete &= await cache.WriteAsync(chunk);
            return (prices.Count, complete);
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
