using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.History;

/// <summary>
/// Every <see cref="PricingOptions.SnapshotInterval"/>, one snapshot per basket with a complete price, whether it
/// moved or not, so history has a point per interval even for quiet baskets.
/// </summary>
public sealed class SnapshotWriter(IServiceProvider services, PricingBook book, SnapshotTracker snapshots, TimeProvider time,
    IOptions<PricingOptions> options, ILogger<SnapshotWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SnapshotInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await TakeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Scheduled snapshot failed; the next one follows in {Interval}", options.Value.SnapshotInterval);
            }
        }
    }

    public async Task<int> TakeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var complete = book.LatestPrices().Where(p => p.Price is not null).Select(p => (p.BasketId, p.Price!.Value)).ToList();
        var written = 0;
        foreach (var chunk in complete.Chunk(5000))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PricingDbContext>();
            written += await BasketPriceStore.SaveSnapshotsAsync(db, chunk, now, cancellationToken);
            foreach (var (basketId, price) in chunk) snapshots.Taken(basketId, price);
        }
        return written;
    }
}
