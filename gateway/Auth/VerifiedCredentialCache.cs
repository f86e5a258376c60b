using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.Auth;

/// <summary>
/// Verified credentials as the front door reads them: this instance's memory for at most
/// <see cref="GatewayOptions.LocalCredentialTtl"/> (no network on the hot path), then the <see cref="SharedCredentialStore"/>.
/// A hot entry is re-read from Redis in the background once it is half its age, so busy callers never wait on Redis
/// yet no copy is ever older than the TTL: a revocation or logout handled by another instance (which deletes the
/// Redis entry) is honoured here within the TTL even if no eviction message arrives.
/// </summary>
public sealed class VerifiedCredentialCache(SharedCredentialStore shared, IOptions<GatewayOptions> options, TimeProvider clock, ILogger<VerifiedCredentialCache> logger)
    : IDisposable
{
    private readonly TimeSpan localTtl = options.Value.LocalCredentialTtl;
    private readonly MemoryCache memory = new(new MemoryCacheOptions { SizeLimit = options.Value.LocalCredentialCapacity });

    // Bumped by every eviction; a Redis read that began before an eviction must not repopulate memory after it.
    private long evictions;

    public async ValueTask<CachedCaller?> FindAsync(string hash)
    {
        var now = clock.GetUtcNow();
        if (memory.TryGetValue(hash, out LocalCopy? copy) && copy!.ValidUntil > now)
        {
            if (now - copy.ReadAt >= localTtl / 2 && copy.ClaimRefresh()) _ = RefreshAsync(hash);
            return copy.Caller;
        }
        return await ReadThroughAsync(hash);
    }

    /// <summary>Caches a caller identity just vouched for, in Redis and (unless it was forgotten meanwhile) here.</summary>
    public async Task StoreAsync(string hash, CachedCaller caller)
    {
        var before = Interlocked.Read(ref evictions);
        var readAt = clock.GetUtcNow();
        if (await shared.StoreAsync(hash, caller)) Remember(hash, caller, readAt, before);
    }

    /// <summary>Drops the credential everywhere: Redis first, so nothing can refill this memory from it afterwards.</summary>
    public async Task ForgetAsync(string hash)
    {
        try
        {
            await shared.ForgetAsync(hash);
        }
        finally
        {
            Interlocked.Increment(ref evictions);
            memory.Remove(hash);
        }
    }

    private async Task<CachedCaller?> ReadThroughAsync(string hash)
    {
        var before = Interlocked.Read(ref evictions);
        var readAt = clock.GetUtcNow();
        var caller = await shared.FindAsync(hash);
        if (caller is not null) Remember(hash, caller, readAt, before);
        else memory.Remove(hash);
        return caller;
    }

    private async Task RefreshAsync(string hash)
    {
        try
        {
            await ReadThroughAsync(hash);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // The copy in memory simply runs out at its TTL and the next request reads Redis itself.
            logger.LogDebug(exception, "Refreshing a cached credential from Redis failed");
        }
    }

    private void Remember(string hash, CachedCaller caller, DateTimeOffset readAt, long evictionsBefore)
    {
        // The copy's age counts from when the read began, so a slow read cannot stretch the TTL.
        var validUntil = readAt + localTtl;
        if (caller.ExpiresAt is { } expires && expires < validUntil) validUntil = expires;
        if (validUntil <= clock.GetUtcNow()) return;

        memory.Set(hash, new LocalCopy(caller, readAt, validUntil), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = validUntil });
        // An eviction that ran while this read was in flight wins: undo what the read just stored.
        if (Interlocked.Read(ref evictions) != evictionsBefore) memory.Remove(hash);
    }

    public void Dispose() => memory.Dispose();

    private sealed class LocalCopy(CachedCaller caller, DateTimeOffset readAt, DateTimeOffset validUntil)
    {
        private int refreshing;

        public CachedCaller Caller => caller;

        public DateTimeOffset ReadAt => readAt;

        public DateTimeOffset ValidUntil => validUntil;

        public bool ClaimRefresh() => Interlocked.Exchange(ref refreshing, 1) == 0;
    }
}
