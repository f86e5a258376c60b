using Microsoft.Extensions.Options;

namespace Ito.Pricing.Prices;

/// <summary>
/// Refills Redis with every latest price once it is reachable again after writes were skipped or the connection was
/// lost, so readers do not see prices frozen at the moment Redis went away, nor miss the ones a restart emptied.
/// </summary>
public sealed class RedisResync(RedisBasketPriceCache cache, BasketPriceFanOut fanOut, IOptions<PricingOptions> options, ILogger<RedisResync> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RedisResyncInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!cache.NeedsResync || !cache.IsAvailable) continue;
            // Cleared before writing: a write failing meanwhile (ours or a tick's) raises it again.
            cache.Resynced();
            var (count, complete) = await fanOut.RefillCacheAsync();
            if (complete) logger.LogInformation("Redis is back: {Count} basket prices written again", count);
        }
    }
}
