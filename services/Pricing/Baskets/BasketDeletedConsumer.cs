using Ito.Contracts.Baskets;
using Ito.Pricing.Backfill;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Pricing.Streaming;
using Ito.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Baskets;

/// <summary>
/// A basket is gone: stop pricing it and drop its latest price; queued backfills are failed. Its history rows stay
/// (they are cheap and an audit may want them), but no endpoint serves them once the basket is unknown.
/// </summary>
public sealed class BasketDeletedConsumer(PricingDbContext db, PricingBook book, RedisBasketPriceCache cache, BasketPriceStream stream,
    SnapshotTracker snapshots, TimeProvider time)
    : InboxConsumer<BasketDeleted, PricingDbContext>(db), IConsumer<BasketDeleted>
{
    private Guid? deleted;

    async Task IConsumer<BasketDeleted>.Consume(ConsumeContext<BasketDeleted> context)
    {
        await Consume(context);
        if (deleted is not { } basketId) return;
        book.RemoveBasket(basketId);
        snapshots.Forget(basketId);
        stream.Forget(basketId);
        await cache.RemoveAsync(basketId);
    }

    protected override async Task HandleAsync(BasketDeleted message, ConsumeContext<BasketDeleted> context)
    {
        var ct = context.CancellationToken;
        var basket = await Db.Baskets.FirstOrDefaultAsync(b => b.Id == message.BasketId, ct);
        if (basket is not null) Db.Baskets.Remove(basket);
        await Db.LatestBasketPrices.Where(p => p.BasketId == message.BasketId).ExecuteDeleteAsync(ct);
        var now = time.GetUtcNow();
        await Db.BackfillJobs.Where(j => j.BasketId == message.BasketId && j.State == BackfillState.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, BackfillState.Failed).SetProperty(j => j.FinishedAt, now), ct);
        deleted = message.BasketId;
    }
}
