using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.Auth;

/// <summary>
/// Verified credentials in Redis, keyed by the credential's hash (never the credential), shared by every gateway
/// instance so identity is asked once per credential per <see cref="GatewayOptions.CredentialCacheTtl"/>.
/// Forgetting a credential leaves a tombstone for as long as an entry could live: a verification that was already
/// in flight when the key was revoked (or the session ended) cannot put it back.
/// </summary>
public sealed class SharedCredentialStore(IConnectionMultiplexer redis, IOptions<GatewayOptions> options, TimeProvider clock)
{
    private const string StoreScript = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """;

    private readonly string prefix = options.Value.RedisPrefix;
    private readonly TimeSpan ttl = options.Value.CredentialCacheTtl;

    public async Task<CachedCaller?> FindAsync(string hash)
    {
        var cached = await redis.GetDatabase().StringGetAsync(CredentialKey(hash));
        return cached.IsNull ? null : JsonSerializer.Deserialize<CachedCaller>((string)cached!);
    }

    /// <summary>Caches a caller identity just vouched for; false when it was forgotten meanwhile (then nobody may cache it).</summary>
    public async Task<bool> StoreAsync(string hash, CachedCaller caller)
    {
        var lifetime = caller.ExpiresAt is { } end && end - clock.GetUtcNow() < ttl ? end - clock.GetUtcNow() : ttl;
        if (lifetime <= TimeSpan.Zero) return false;
        var stored = await redis.GetDatabase().ScriptEvaluateAsync(StoreScript,
            [CredentialKey(hash), TombstoneKey(hash)],
            [JsonSerializer.Serialize(caller), (long)lifetime.TotalMilliseconds]);
        return (int)stored == 1;
    }

    public async Task ForgetAsync(string hash)
    {
        var transaction = redis.GetDatabase().CreateTransaction();
        _ = transaction.StringSetAsync(TombstoneKey(hash), 1, ttl);
        _ = transaction.KeyDeleteAsync(CredentialKey(hash));
        await transaction.ExecuteAsync();
    }

    private RedisKey CredentialKey(string hash) => prefix + "caller:" + hash;

    private RedisKey TombstoneKey(string hash) => prefix + "forgotten:" + hash;
}

/// <summary>A caller as the gateway caches it: who, which key, what it may do, until when.</summary>
public sealed record CachedCaller(
    Guid UserId, string UserName, bool IsAdmin, IReadOnlyList<string> Scopes, Guid? ApiKeyId, int? RateLimitPerHour, DateTimeOffset? ExpiresAt)
{
    public static CachedCaller From(Ito.Contracts.Identity.VerifiedCredential verified) => new(verified.UserId, verified.UserName, verified.IsAdmin,
        verified.Scopes, verified.ApiKeyId, verified.RateLimitPerHour, verified.ExpiresAt);
}
