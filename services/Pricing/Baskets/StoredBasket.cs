using Ito.Contracts;
using Ito.Contracts.Baskets;

namespace Ito.Pricing.Baskets;

/// <summary>
/// A basket as the basket events described it (tables <c>baskets</c>, <c>basket_legs</c>): enough to price it,
/// rebuild the market index at start-up, and decide who may read its prices.
/// </summary>
public sealed class StoredBasket
{
    public Guid Id { get; set; }
    public BasketKind Kind { get; set; }
    public Guid? OwnerId { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Private until an event says otherwise: a basket known only from its legs is hidden, not exposed.</summary>
    public BasketVisibility Visibility { get; set; }

    /// <summary>The time of the event that set <see cref="Visibility"/>: basket events can arrive out of order.</summary>
    public DateTimeOffset VisibilitySetAt { get; set; } = DateTimeOffset.MinValue;

    public List<StoredBasketLeg> Legs { get; set; } = [];

    /// <summary>
    /// The baskets service's rule: another user's private basket does not exist for the caller. System and public
    /// baskets are everyone's; admins read all.
    /// </summary>
    public bool IsReadableBy(Guid userId, bool isAdmin) =>
        isAdmin || Kind == BasketKind.System || Visibility == BasketVisibility.Public || OwnerId == userId;

    /// <summary>Takes the visibility an event carries unless a newer event already set it.</summary>
    public void SetVisibility(BasketVisibility visibility, DateTimeOffset at)
    {
        at = at.ToUniversalTime();
        if (at < VisibilitySetAt) return;
        Visibility = visibility;
        VisibilitySetAt = at;
    }
}

public sealed class StoredBasketLeg
{
    public Guid BasketId { get; set; }
    public required string MarketId { get; set; }
    public Side Side { get; set; }
    public decimal Weight { get; set; }
}
