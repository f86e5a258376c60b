using System.Text.Json;
using Ito.Contracts.Identity;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.Auth;

/// <summary>
/// Verified credentials in Redis, keyed by the credential's hash (never the credential), shared by every gateway
/// instance. One Lua script reads the cached caller and, for an API key, counts the request against its hourly
/// limit and its usage in the same round trip, atomically.
/// </summary>
public sealed class VerifiedCredentialCache(IConnectionMultiplexer redis, IOptions<GatewayOptions> options, TimeProvider clock)
{
    private const string LookupScript = """
        local cached = redis.call('HMGET', KEYS[1], 'p', 'limit', 'id')
        if not cached[1] then return false end
        local limit = tonumber(cached[2])
        if limit < 0 then return {cached[1], 0} end
        local count = redis.call('INCR', KEYS[2])
        if count == 1 then redis.call('EXPIRE', KEYS[2], ARGV[1]) end
        if count <= limit then redis.call('HINCRBY', KEYS[3], cached[3] .. ':' .. ARGV[2], 1) end
        return {cached[1], count}
        """;

    private readonly string prefix = options.Value.RedisPrefix;
    private readonly TimeSpan ttl = options.Value.CredentialCacheTtl;

    /// <summary>The Redis hash of per-key request counts not yet flushed to identity.</summary>
    public RedisKey UsageKey => prefix + "usage";

    public static DateTimeOffset HourStart(DateTimeOffset now) => new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>The cached caller and (for API keys) this request's number in the current hour; null when not cached.</summary>
    public async Task<CacheHit?> LookupAsync(string hash)
    {
        var hour = HourStart(clock.GetUtcNow());
        var hourSeconds = hour.ToUnixTimeSeconds();
        RedisKey[] keys = [CredentialKey(hash), $"{prefix}rate:{hash}:{hourSeconds}", UsageKey];
        // The counter outlives its hour slightly so a request at :59:59 still finds it.
        RedisValue[] args = [3660, hourSeconds];
        var result = await redis.GetDatabase().ScriptEvaluateAsync(LookupScript, keys, args);
        if (result.IsNull) return null;

        var parts = (RedisResult[])result!;
        var caller = JsonSerializer.Deserialize<CachedCaller>((string)parts[0]!)!;
        return new CacheHit(caller, (long)parts[1], hour.AddHours(1));
    }

    public async Task StoreAsync(string hash, CachedCaller caller)
    {
        var lifetime = caller.ExpiresAt is { } end && end - clock.GetUtcNow() < ttl ? end - clock.GetUtcNow() : ttl;
        if (lifetime <= TimeSpan.Zero) return;
        var database = redis.GetDatabase();
        var key = CredentialKey(hash);
        var transaction = database.CreateTransaction();
        _ = transaction.HashSetAsync(key,
        [
            new HashEntry("p", JsonSerializer.Serialize(caller)),
            new HashEntry("limit", caller.RateLimitPerHour ?? -1),
            new HashEntry("id", caller.ApiKeyId?.ToString() ?? ""),
        ]);
        _ = transaction.KeyExpireAsync(key, lifetime);
        await transaction.ExecuteAsync();
    }

    public Task ForgetAsync(string hash) => redis.GetDatabase().KeyDeleteAsync(CredentialKey(hash));

    private RedisKey CredentialKey(string hash) => prefix + "credential:" + hash;
}

/// <summary>A caller as the gateway caches it: who, which key, what it may do, until when.</summary>
public sealed record CachedCaller(
    Guid UserId, string UserName, bool IsAdmin, IReadOnlyList<string> Scopes, Guid? ApiKeyId, int? RateLimitPerHour, DateTimeOffset? ExpiresAt)
{
    public static CachedCaller From(VerifiedCredential verified) => new(verified.UserId, verified.UserName, verified.IsAdmin,
        verified.Scopes, verified.ApiKeyId, verified.RateLimitPerHour, verified.ExpiresAt);
}

/// <param name="RequestsThisHour">This request's number in the current hour (0 for sessions, which have no limit).</param>
public sealed record CacheHit(CachedCaller Caller, long RequestsThisHour, DateTimeOffset WindowResetsAt);
