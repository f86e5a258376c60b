namespace Ito.Contracts.Baskets;

public enum BasketKind
{
    Custom,
    System,
}

/// <summary>
/// Who may see a basket besides its owner: nobody (<see cref="Private"/>, the default and the fail-closed value) or
/// everyone (<see cref="Public"/>). System baskets are always public.
/// </summary>
public enum BasketVisibility
{
    Private,
    Public,
}

/// <summary>A leg as other services need it: weight normalized so a basket's weights sum to 1.</summary>
public sealed record BasketLegInfo(MarketId MarketId, Side Side, decimal Weight);

/// <param name="Visibility">
/// Added after the first release, last and defaulted so existing publishers still compile: a message without it
/// (published before) reads as <see cref="BasketVisibility.Private"/>, which hides rather than exposes.
/// </param>
public sealed record BasketCreated(
    Guid BasketId,
    BasketKind Kind,
    Guid? OwnerId,
    string Name,
    IReadOnlyList<BasketLegInfo> Legs,
    DateTimeOffset CreatedAt,
    BasketVisibility Visibility = BasketVisibility.Private);

/// <summary>
/// A basket's legs changed. <see cref="Kind"/>, <see cref="OwnerId"/> and <see cref="Name"/> repeat what
/// <see cref="BasketCreated"/> said, so a consumer that missed the creation (its queue did not exist yet) still learns
/// who may read the basket and what it is called.
/// </summary>
public sealed record BasketLegsChanged(
    Guid BasketId,
    IReadOnlyList<BasketLegInfo> Legs,
    DateTimeOffset ChangedAt,
    BasketKind? Kind = null,
    Guid? OwnerId = null,
    string? Name = null);

/// <summary>A basket became public or private (an owner's PUT). Raised only when the visibility actually changed.</summary>
public sealed record BasketVisibilityChanged(Guid BasketId, BasketVisibility Visibility, DateTimeOffset ChangedAt);

public sealed record BasketDeleted(Guid BasketId, DateTimeOffset DeletedAt);

/// <summary>
/// A basket's price moved. <see cref="IsComplete"/> is false while a leg has no price yet: the price is then
/// shown as incomplete, never as if the missing leg were worth zero.
/// </summary>
public sealed record BasketPriceChanged(Guid BasketId, decimal? Price, bool IsComplete, DateTimeOffset At);
