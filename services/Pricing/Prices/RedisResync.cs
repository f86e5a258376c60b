using Microsoft.Extensions.Options;

namespace Ito.Pricing.Prices;

/// <summary>
/// Refills Redis with every latest price once it is reachable again after writes were skipped, so readers do not
/// see prices frozen at the moment Redis went away.
/// </summary>
public sealed class RedisResync(RedisBasketPriceCache cache, PricingBook book, IOptions<PricingOptions> options, ILogger<RedisResync> logger)
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
            var prices = book.LatestPrices();
            var ok = true;
            foreach (var chunk in prices.Chunk(1000))
            {
                ok &= await cache.WriteAsync(chunk);
            }
            if (ok) logger.LogInformation("Redis is back: {Count} basket prices written again", prices.Count);
        }
    }
}
