using Ito.Baskets.Markets;
using Ito.Contracts;
using Ito.Contracts.Baskets;

namespace Ito.Baskets.Baskets;

/// <summary>Creates a basket (POST) or replaces one whole (PUT).</summary>
/// <param name="Name">1–100 characters, stored as given.</param>
/// <param name="Description">Up to 2000 characters.</param>
/// <param name="Visibility"><c>private</c> (the default) or <c>public</c>.</param>
/// <param name="Legs">1–50 legs; each market known, open and named once; weights greater than 0, normalized to sum to 1.</param>
/// <param name="Version">On PUT, optionally the <c>version</c> the change was based on: if the basket changed since, 409.</param>
public sealed record BasketRequest(string? Name, string? Description, string? Visibility, IReadOnlyList<LegRequest?>? Legs, uint? Version = null);

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
    DateTimeOffset UpdatedAt);

public sealed record BasketPage(IReadOnlyList<BasketSummary> Items, int Page, int Size, int Total);

/// <param name="Weight">The weight as given.</param>
/// <param name="NormalizedWeight">The leg's share of the basket; shares sum to exactly 1.</param>
public sealed record LegDetails(
    MarketId MarketId,
    string Side,
    decimal Weight,
    decimal NormalizedWeight,
    string Title,
    string Venue,
    string? Status,
    DateTimeOffset? CloseTime);

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
    public static BasketDetails From(Basket basket, IReadOnlyDictionary<MarketId, Market> markets) => new(
        basket.Id,
        Wire.Of(basket.Kind),
        basket.SystemNumber,
        basket.Slug,
        basket.Name,
        basket.Description,
        Wire.Of(basket.Visibility),
        basket.OwnerId,
        basket.CreatedAt,
        basket.UpdatedAt,
        basket.Version,
        basket.Legs.OrderBy(l => l.Position).Select(leg =>
        {
            markets.TryGetValue(leg.MarketId, out var market);
            return new LegDetails(
                leg.MarketId,
                Wire.Of(leg.Side),
                leg.Weight,
                leg.NormalizedWeight,
                market?.Title ?? leg.MarketId.ToString(),
                MarketId.VenueName(leg.MarketId.Venue),
                market?.Status?.ToString().ToLowerInvariant(),
                market?.CloseTime);
        }).ToList());
}

/// <summary>How enums read on the wire: lower-case words, sides in capitals as traders write them.</summary>
public static class Wire
{
    public static string Of(BasketKind kind) => kind == BasketKind.System ? "system" : "custom";

    public static string Of(BasketVisibility visibility) => visibility == BasketVisibility.Public ? "public" : "private";

    public static string Of(Side side) => side == Side.Yes ? "YES" : "NO";

    public static BasketVisibility? ReadVisibility(string? value, RuleViolations violations)
    {
        if (value is null || string.Equals(value, "private", StringComparison.OrdinalIgnoreCase)) return BasketVisibility.Private;
        if (string.Equals(value, "public", StringComparison.OrdinalIgnoreCase)) return BasketVisibility.Public;
        violations.Add("visibility", "The visibility must be private or public.");
        return null;
    }
}
