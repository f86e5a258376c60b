namespace Ito.Contracts.Baskets;

public enum BasketKind
{
    Custom,
    System,
}

/// <summary>A leg as other services need it: weight normalized so a basket's weights sum to 1.</summary>
public sealed record BasketLegInfo(MarketId MarketId, Side Side, decimal Weight);

public sealed record BasketCreated(
    Guid BasketId,
    BasketKind Kind,
    Guid? OwnerId,
    string Name,
    IReadOnlyList<BasketLegInfo> Legs,
    DateTimeOffset CreatedAt);

public sealed record BasketLegsChanged(Guid BasketId, IReadOnlyList<BasketLegInfo> Legs, DateTimeOffset ChangedAt);

public sealed record BasketDeleted(Guid BasketId, DateTimeOffset DeletedAt);

/// <summary>
/// A basket's price moved. <see cref="IsComplete"/> is false while a leg has no price yet: the price is then
/// shown as incomplete, never as if the missing leg were worth zero.
/// </summary>
public sealed record BasketPriceChanged(Guid BasketId, decimal? Price, bool IsComplete, DateTimeOffset At);
