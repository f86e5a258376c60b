namespace Ito.Web.Builder;

/// <summary>POST /api/v1/baskets and PUT /api/v1/baskets/{id}. A weight is sent as typed: a number when it is one, else the text, for the API to name.</summary>
public sealed record BasketRequest(string? Name, string? Description, string? Visibility, IReadOnlyList<LegRequest> Legs, uint? Version = null);

/// <param name="Weight">A <see cref="decimal"/>, or the user's text when it is not a number.</param>
public sealed record LegRequest(string MarketId, string Side, object Weight)
{
    public static LegRequest From(DraftLeg leg) => new(leg.MarketId, leg.Side, leg.WeightValue is { } number ? number : leg.Weight);
}

/// <summary>POST /api/v1/suggestions for a new basket: its name, description and legs, and why.</summary>
public sealed record NewBasketSuggestionRequest(string? Name, string? Description, IReadOnlyList<LegRequest> Legs, string? Reason);

/// <summary>The part of a basket the builder reads back (GET/POST/PUT /api/v1/baskets).</summary>
public sealed record BuilderBasket(
    Guid Id,
    string Kind,
    int? SystemNumber,
    string Name,
    string? Description,
    string Visibility,
    uint Version,
    IReadOnlyList<BuilderBasketLeg> Legs)
{
    public bool IsSystem => Kind == "system";
}

public sealed record BuilderBasketLeg(string MarketId, string Side, decimal Weight, decimal NormalizedWeight, string Title, string Venue, string? Status);

/// <summary>A system basket in the admin's picker (GET /api/v1/baskets?filter=system).</summary>
public sealed record SystemBasketChoice(Guid Id, int? SystemNumber, string Name, int LegCount);

public sealed record SystemBasketChoices(IReadOnlyList<SystemBasketChoice> Items, int Page, int Size, int Total);

/// <summary>What a successful POST /api/v1/suggestions answers, as far as the builder needs it.</summary>
public sealed record SubmittedSuggestion(Guid Id, string Status);
