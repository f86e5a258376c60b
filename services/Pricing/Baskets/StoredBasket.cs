using Ito.Contracts;
using Ito.Contracts.Baskets;

namespace Ito.Pricing.Baskets;

/// <summary>
/// A basket as the basket events described it (tables <c>baskets</c>, <c>basket_legs</c>): enough to price it and
/// rebuild the market index at start-up. The owner is kept for a future ownership check (visibility is not in the events).
/// </summary>
public sealed class StoredBasket
{
    public Guid Id { get; set; }
    public BasketKind Kind { get; set; }
    public Guid? OwnerId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<StoredBasketLeg> Legs { get; set; } = [];
}

public sealed class StoredBasketLeg
{
    public Guid BasketId { get; set; }
    public required string MarketId { get; set; }
    public Side Side { get; set; }
    public decimal Weight { get; set; }
}
