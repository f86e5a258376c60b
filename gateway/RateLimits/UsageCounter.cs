using Ito.Gateway.Auth;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.RateLimits;

/// <summary>
/// Requests let through per key and UTC hour, counted in memory on the request path and added to the shared Redis
/// hash (<see cref="RedisKey"/>) in one batch before each flush to identity (<see cref="UsageFlusher"/>).
/// </summary>
public sealed class UsageCounter(IConnectionMultiplexer redis, IOptions<GatewayOptions> options)
{
    private readonly Lock gate = new();
    private Dictionary<(Guid KeyId, long HourSeconds), long> pending = [];

    /// <summary>The Redis hash of per-key request counts not yet flushed to identity (field <c>{keyId}:{hourUnixSeconds}</c>).</summary>
    public RedisKey RedisKey { get; } = options.Value.RedisPrefix + "usage";

    public void Count(Guid keyId, DateTimeOffset hour)
    {
        var field = (keyId, hour.ToUnixTimeSeconds());
        lock (gate)
        {
            pending[field] = pending.GetValueOrDefault(field) + 1;
        }
    }

    /// <summary>Adds this instance's counts to the shared hash; on failure they stay here for the next attempt.</summary>
    public async Task MoveToRedisAsync()
    {
        Dictionary<(Guid KeyId, long HourSeconds), long> taken;
        lock (gate)
        {
            if (pending.Count == 0) return;
            taken = pending;
            pending = [];
        }

        try
        {
            // All or nothing, so a failure can put every count back without counting any twice.
            var transaction = redis.GetDatabase().CreateTransaction();
            foreach (var count in taken)
            {
                _ = transaction.HashIncrementAsync(RedisKey, $"{count.Key.KeyId}:{count.Key.HourSeconds}", count.Value);
            }
            if (!await transaction.ExecuteAsync()) throw new RedisException("The usage transaction was not applied.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            lock (gate)
            {
                foreach (var (field, count) in taken) pending[field] = pending.GetValueOrDefault(field) + count;
            }
            throw;
        }
    }
}
