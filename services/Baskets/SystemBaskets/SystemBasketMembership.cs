using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Baskets.Markets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.SystemBaskets;

/// <summary>
/// Keeps the system baskets in step with what is known of a market. An open market categorized into basket n is a
/// leg of n and of no other system basket; a market sent to review (0) or closed is in none. A move adds to the new
/// basket first, then removes from the old one, in the caller's transaction, so the market is never in neither.
/// Each basket that changed emits <see cref="BasketLegsChanged"/>.
/// </summary>
public sealed class SystemBasketMembership(BasketsDbContext db, TimeProvider clock)
{
    public async Task ReconcileAsync(Market market, CancellationToken cancellationToken)
    {
        // Uncategorized and still trading: nothing to decide (an admin may have placed it by hand).
        if (!market.HasEnded && market.SystemBasket is null) return;

        await LockSystemBasketsAsync(cancellationToken);
        var target = market.HasEnded ? null : market.SystemBasket;
        var baskets = await db.Baskets
            .Where(b => b.Kind == BasketKind.System && (b.SystemNumber == target || b.Legs.Any(l => l.MarketId == market.Id)))
            .OrderBy(b => b.SystemNumber)
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var changed = new List<Basket>();
        if (market.IsOpen && target is { } number && SystemBasketCatalog.IsSystemBasketNumber(number))
        {
            var joining = baskets.Single(b => b.SystemNumber == number);
            if (joining.Include(market.Id, SideFor(market.Direction ?? Direction.None), now)) changed.Add(joining);
        }
        foreach (var leaving in baskets.Where(b => b.SystemNumber != target))
        {
            if (leaving.Exclude(market.Id, now)) changed.Add(leaving);
        }

        foreach (var basket in changed)
        {
            db.AddIntegrationEvent(new BasketLegsChanged(basket.Id, basket.LegInfos(), now, basket.Kind, basket.OwnerId, basket.Name));
        }
    }

    /// <summary>
    /// A market whose YES moves its risk factor up, or that has no direction, is held YES; one whose YES moves it
    /// down is held NO, so every leg of a system basket points the same way as the basket.
    /// </summary>
    public static Side SideFor(Direction direction) => direction == Direction.Down ? Side.No : Side.Yes;

    /// <summary>
    /// Two markets placed at once would each read a basket, add their leg and write it back, one losing the other's
    /// leg (or failing on the concurrency token). Locking the system baskets, always in id order, makes them queue.
    /// </summary>
    private Task LockSystemBasketsAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(LockSystemBaskets, cancellationToken);

    // The schema is the service's own constant, never input.
    private const string LockSystemBaskets =
        $"""SELECT 1 FROM "{BasketsDbContext.SchemaName}"."baskets" WHERE "Kind" = 'System' ORDER BY "Id" FOR UPDATE""";
}
