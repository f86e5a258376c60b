using Ito.Gateway.Auth;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.RateLimits;

/// <summary>
/// The shared count of a key's permits for one UTC hour, in Redis. Instances take permits in blocks and give back
/// what they did not use; the count never passes the limit, so however the blocks are spread over instances no key
/// is ever let through more often than its limit.
/// </summary>
public sealed class PermitLedger(IConnectionMultiplexer redis, IOptions<GatewayOptions> options)
{
    private const string ReserveScript = """
        local wanted = tonumber(ARGV[1])
        local limit = tonumber(ARGV[2])
        local total = redis.call('INCRBY', KEYS[1], wanted)
        if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
        if total > limit then
            local excess = math.min(total - limit, wanted)
            total = redis.call('DECRBY', KEYS[1], excess)
            wanted = wanted - excess
        end
        return {wanted, total}
        """;

    // Once the hour's key has expired there is nothing to give back to (and a DECRBY would create a negative count).
    private const string ReturnScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        return redis.call('DECRBY', KEYS[1], ARGV[1])
        """;

    // The count outlives its hour slightly so a block taken at :59:59 still finds it.
    private const int CounterLifetimeSeconds = 3660;

    private readonly string prefix = options.Value.RedisPrefix;

    /// <summary>Takes up to <paramref name="wanted"/> permits without passing <paramref name="limit"/>.</summary>
    /// <returns>How many were granted, and the hour's total taken by all instances (including these).</returns>
    public async Task<(int Granted, long Total)> ReserveAsync(string hash, DateTimeOffset hour, int wanted, int limit)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ReserveScript,
            [CounterKey(hash, hour)], [wanted, limit, CounterLifetimeSeconds]))!;
        return ((int)result[0], (long)result[1]);
    }

    public Task ReturnAsync(string hash, DateTimeOffset hour, int unused) =>
        redis.GetDatabase().ScriptEvaluateAsync(ReturnScript, [CounterKey(hash, hour)], [unused]);

    private RedisKey CounterKey(string hash, DateTimeOffset hour) => $"{prefix}rate:{hash}:{hour.ToUnixTimeSeconds()}";
}
