using System.Collections.Concurrent;
using Ito.Gateway.Auth;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Ito.Gateway.RateLimits;

/// <summary>
/// Per-key hourly limits without a Redis round trip per request: each instance takes permits from the
/// <see cref="PermitLedger"/> in small blocks, spends them from memory and fetches the next block in the background
/// before the current one runs out. The shared count includes every permit any instance holds, so the limit is never
/// exceeded; the price is that permits one instance holds but does not use are unavailable to the others until it
/// gives them back (after <see cref="GatewayOptions.IdlePermitReturn"/> without use, see <see cref="PermitReturner"/>).
/// </summary>
public sealed class HourlyRateLimiter(PermitLedger ledger, UsageCounter usage, IOptions<GatewayOptions> options, TimeProvider clock, ILogger<HourlyRateLimiter> logger)
{
    // Another instance may give permits back, so a refused key asks the ledger again, but not on every request.
    private static readonly TimeSpan ExhaustedRecheck = TimeSpan.FromSeconds(1);

    private readonly int maxBlock = options.Value.MaxPermitBlock;
    private readonly TimeSpan idleReturn = options.Value.IdlePermitReturn;
    private readonly ConcurrentDictionary<string, KeyPermits> keys = new();

    public static DateTimeOffset HourStart(DateTimeOffset now) => new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);

    /// <summary>Spends one of the key's permits for the current hour, waiting on Redis only when none is at hand.</summary>
    public async ValueTask<RateLimitDecision> AcquireAsync(string hash, Guid keyId, int limit)
    {
        while (true)
        {
            var now = clock.GetUtcNow();
            var hour = HourStart(now);
            var permits = keys.GetOrAdd(hash, static (_, state) => new KeyPermits(state.hour, state.limit), (hour, limit));
            Task refill;
            lock (permits)
            {
                if (permits.Retired) continue;
                if (permits.Hour != hour) permits.StartHour(hour);
                permits.Limit = limit;
                permits.LastUsed = now;

                if (permits.Held > 0)
                {
                    permits.Held--;
                    usage.Count(keyId, hour);
                    if (permits.Refill is null && PermitBlock.ShouldRefill(permits.Held, permits.BlockSize)) permits.Refill = StartRefill(hash, permits);
                    return new RateLimitDecision(true, limit, Math.Max(0, limit - (permits.TakenThisHour - permits.Held)), hour.AddHours(1));
                }
                if (permits.ExhaustedUntil > now) return new RateLimitDecision(false, limit, 0, hour.AddHours(1));
                refill = permits.Refill ??= StartRefill(hash, permits);
            }
            await refill;
        }
    }

    /// <summary>Gives back the permits of keys idle on this instance (all of them when shutting down).</summary>
    public async Task ReturnIdlePermitsAsync(bool all)
    {
        var now = clock.GetUtcNow();
        var currentHour = HourStart(now);
        foreach (var (hash, permits) in keys)
        {
            int unused;
            lock (permits)
            {
                if (permits.Refill is not null || (!all && now - permits.LastUsed < idleReturn)) continue;
                permits.Retired = true;
                keys.TryRemove(new KeyValuePair<string, KeyPermits>(hash, permits));
                unused = permits.Hour == currentHour ? permits.Held : 0;
                permits.Held = 0;
            }
            if (unused > 0) await ledger.ReturnAsync(hash, currentHour, unused);
        }
    }

    // On the thread pool, so the ledger's answer never runs inline under the caller's lock.
    private Task StartRefill(string hash, KeyPermits permits) => Task.Run(() => RefillAsync(hash, permits));

    private async Task RefillAsync(string hash, KeyPermits permits)
    {
        DateTimeOffset hour;
        int size, limit;
        lock (permits)
        {
            hour = permits.Hour;
            limit = permits.Limit;
            size = PermitBlock.SizeFor(limit, permits.TakenThisHour, maxBlock);
        }

        (int Granted, long Total) block;
        try
        {
            block = await ledger.ReserveAsync(hash, hour, size, limit);
        }
        catch (Exception exception)
        {
            // Whoever waits on this refill sees the failure (a 503); the next request tries again.
            lock (permits) permits.Refill = null;
            if (exception is RedisException or TimeoutException) logger.LogWarning(exception, "Reserving rate-limit permits failed");
            throw;
        }

        var surplus = 0;
        lock (permits)
        {
            permits.Refill = null;
            if (permits.Retired || permits.Hour != hour)
            {
                // Given back or outlived while the answer was on its way: this instance will never spend them.
                surplus = permits.Retired && permits.Hour == hour ? block.Granted : 0;
            }
            else
            {
                permits.Held += block.Granted;
                permits.TakenThisHour = block.Total;
                permits.BlockSize = Math.Max(1, block.Granted);
                if (block.Granted == 0) permits.ExhaustedUntil = clock.GetUtcNow() + ExhaustedRecheck;
            }
        }
        if (surplus > 0) await ledger.ReturnAsync(hash, hour, surplus);
    }

    /// <summary>One key's permits on this instance for the current hour; guarded by its own lock.</summary>
    private sealed class KeyPermits(DateTimeOffset hour, int limit)
    {
        public DateTimeOffset Hour { get; private set; } = hour;

        public int Limit { get; set; } = limit;

        /// <summary>Permits taken from the ledger and not yet spent.</summary>
        public int Held { get; set; }

        /// <summary>The hour's total across instances as of this instance's last block.</summary>
        public long TakenThisHour { get; set; }

        public int BlockSize { get; set; } = 1;

        public DateTimeOffset ExhaustedUntil { get; set; }

        public DateTimeOffset LastUsed { get; set; }

        public Task? Refill { get; set; }

        /// <summary>Removed from the limiter; a request that still holds it starts over with a fresh one.</summary>
        public bool Retired { get; set; }

        public void StartHour(DateTimeOffset newHour)
        {
            // Last hour's unspent permits die with last hour's count.
            Hour = newHour;
            Held = 0;
            TakenThisHour = 0;
            BlockSize = 1;
            ExhaustedUntil = default;
        }
    }
}

/// <summary>What the limiter decided for one request, and what the <c>X-RateLimit-*</c> headers announce.</summary>
public sealed record RateLimitDecision(bool Allowed, int Limit, long Remaining, DateTimeOffset ResetsAt);
