namespace Ito.Categorization.Pipeline;

/// <summary>
/// What the pipeline categorises: a market's text as the venue gave it. <see cref="Override"/> is filled by the host
/// from its override table; the pipeline never looks anything up itself.
/// </summary>
public sealed record MarketText(
    string Venue,
    string Title,
    string? Subtitle = null,
    string? RulesText = null,
    string? EventTitle = null,
    string? VenueCategory = null,
    IReadOnlyList<string>? Tags = null,
    CategorizationOverride? Override = null)
{
    public const string Kalshi = "kalshi";
    public const string Polymarket = "polymarket";
}

/// <summary>An admin's decision for one market. Either part may be given; a factor alone implies its basket.</summary>
public sealed record CategorizationOverride(int? SystemBasket = null, string? RiskFactorId = null);
