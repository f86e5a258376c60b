namespace Ito.Web.Baskets;

/// <summary>A basket in the list (GET /api/v1/baskets): kind <c>system</c> | <c>custom</c>, visibility <c>private</c> | <c>public</c>.</summary>
public sealed record BasketSummary(
    Guid Id,
    string Kind,
    int? SystemNumber,
    string? Slug,
    string Name,
    string? Description,
    string Visibility,
    Guid? OwnerId,
    int LegCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public bool IsSystem => Kind == "system";
}

public sealed record BasketPage(IReadOnlyList<BasketSummary> Items, int Page, int Size, int Total);

/// <summary>A basket with its legs (GET /api/v1/baskets/{id}); sides are <c>YES</c> | <c>NO</c>.</summary>
public sealed record BasketDetails(
    Guid Id,
    string Kind,
    int? SystemNumber,
    string? Slug,
    string Name,
    string? Description,
    string Visibility,
    Guid? OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    IReadOnlyList<LegDetails> Legs)
{
    public bool IsSystem => Kind == "system";

    public IReadOnlyList<string> Venues => Legs.Select(l => l.Venue).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();
}

/// <param name="NormalizedWeight">The leg's share of the basket (shares sum to 1).</param>
public sealed record LegDetails(
    string MarketId,
    string Side,
    decimal Weight,
    decimal NormalizedWeight,
    string Title,
    string Venue,
    string? Status,
    DateTimeOffset? CloseTime);
