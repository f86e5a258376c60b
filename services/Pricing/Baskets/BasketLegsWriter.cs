using Ito.Contracts.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Baskets;

/// <summary>
/// Applies a basket's legs from a basket event to the database (in the consumer's transaction) and to the in-memory
/// book, and prices the basket with the quotes already held. Events may arrive out of order: legs older than the
/// stored ones are ignored.
/// </summary>
public static class BasketLegsWriter
{
    /// <returns>The basket's new price, or null when the event was older than what is stored.</returns>
    public static async Task<BasketPrice?> ApplyAsync(PricingDbContext db, PricingBook book, Guid basketId, IReadOnlyList<BasketLegInfo> legs,
        DateTimeOffset at, Action<StoredBasket>? describe, CancellationToken cancellationToken)
    {
        at = at.ToUniversalTime();
        var basket = await db.Baskets.Include(b => b.Legs).FirstOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        if (basket is null)
        {
            basket = new StoredBasket { Id = basketId, Name = "", CreatedAt = at, UpdatedAt = DateTimeOffset.MinValue };
            db.Baskets.Add(basket);
        }
        describe?.Invoke(basket);
        if (basket.UpdatedAt > at) return null;

        basket.UpdatedAt = at;
        db.BasketLegs.RemoveRange(basket.Legs);
        basket.Legs = legs.Select(l => new StoredBasketLeg { BasketId = basketId, MarketId = l.MarketId.ToString(), Side = l.Side, Weight = l.Weight }).ToList();

        book.SetBasket(new BasketDefinition(basketId, legs.Select(BasketLeg.From).ToArray()));
        var price = book.Reprice(basketId)!;
        await BasketPriceStore.SaveLatestAsync(db, [price], cancellationToken);
        db.AddIntegrationEvent(new BasketPriceChanged(price.BasketId, price.Price, price.IsComplete, price.AsOf));
        return price;
    }
}
