using System.Globalization;
using StackExchange.Redis;

namespace Ito.Pricing.Prices;

/// <summary>
/// The latest basket prices in Redis, one hash per basket: <c>pricing:basket:{id}</c> with fields <c>price</c>
/// (empty while incomplete), <c>complete</c>, <c>priced_weight</c>, <c>as_of</c> (ISO 8601) and <c>legs</c> (the per-leg
/// breakdown as JSON). Redis is a cache here: when it is down, writes are skipped and remembered
/// (<see cref="NeedsResync"/>) so <see cref="RedisResync"/> refills it once it is back, and reads fall back to Postgres.
/// </summary>
public sealed class RedisBasketPriceCache
{
    public const string KeyPrefix = "pricing:basket:";

    private readonly IConnectionMultiplexer redis;
    private readonly ILogger<RedisBasketPriceCache> logger;
    private volatile bool needsResync;

    public RedisBasketPriceCache(IConnectionMultiplexer redis, ILogger<RedisBasketPriceCache> logger)
    {
        this.redis = redis;
        this.logger = logger;
        // A lost connection may be a Redis that restarted empty: refill it on return even if no write failed meanwhile.
        redis.ConnectionFailed += (_, _) => needsResync = true;
    }

    public bool NeedsResync => needsResync;

    public static RedisKey KeyOf(Guid basketId) => KeyPrefix + basketId.ToString("D");

    /// <summary>Writes the prices in one pipelined batch; true if Redis took them.</summary>
    public async Task<bool> WriteAsync(IReadOnlyCollection<BasketPrice> prices)
    {
        if (prices.Count == 0) return true;
        // Without a connection the client would queue the commands and make the tick wait for its timeout.
        if (!redis.IsConnected) return Lost(null);
        try
        {
            var db = redis.GetDatabase();
            var batch = db.CreateBatch();
            var writes = prices.Select(p => batch.HashSetAsync(KeyOf(p.BasketId), Fields(p))).ToArray();
            batch.Execute();
            await Task.WhenAll(writes);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            return Lost(ex);
        }
    }

    /// <summary>The cached price, or null when Redis has none or cannot be reached.</summary>
    public async Task<BasketPriceView?> ReadAsync(Guid basketId)
    {
        if (!redis.IsConnected) return null;
        try
        {
            var fields = await redis.GetDatabase().HashGetAllAsync(KeyOf(basketId));
            if (fields.Length == 0) return null;
            var map = fields.ToDictionary(f => f.Name.ToString(), f => f.Value.ToString());
            return new BasketPriceView(
                basketId,
                map.GetValueOrDefault("price") is { Length: > 0 } price ? decimal.Parse(price, CultureInfo.InvariantCulture) : null,
                map.GetValueOrDefault("complete") == "true",
                decimal.Parse(map.GetValueOrDefault("priced_weight") ?? "0", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(map["as_of"], CultureInfo.InvariantCulture),
                BasketPriceView.ParseLegs(map.GetValueOrDefault("legs") ?? "[]"),
                "redis");
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            logger.LogWarning("Reading {Basket} from Redis failed, falling back to Postgres: {Reason}", basketId, ex.Message);
            return null;
        }
    }

    public async Task RemoveAsync(Guid basketId)
    {
        if (!redis.IsConnected)
        {
            Lost(null);
            return;
        }
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(KeyOf(basketId));
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            Lost(ex);
        }
    }

    public bool IsAvailable => redis.IsConnected;

    internal void Resynced() => needsResync = false;

    private bool Lost(Exception? ex)
    {
        if (!needsResync)
        {
            logger.LogWarning("Redis is unavailable ({Reason}); prices go on in memory and Postgres and Redis is refilled when it returns",
                ex?.Message ?? "not connected");
        }
        needsResync = true;
        return false;
    }

    private static HashEntry[] Fields(BasketPrice price) =>
    [
        new("price", price.Price?.ToString(CultureInfo.InvariantCulture) ?? ""),
        new("complete", price.IsComplete ? "true" : "false"),
        new("priced_weight", price.PricedWeight.ToString(CultureInfo.InvariantCulture)),
        new("as_of", price.AsOf.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        new("legs", BasketPriceView.LegsJson(price)),
    ];
}
