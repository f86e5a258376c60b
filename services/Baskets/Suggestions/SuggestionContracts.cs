using System.Text.Json;
using Ito.Baskets.Baskets;
using Ito.Contracts;

namespace Ito.Baskets.Suggestions;

/// <summary>
/// A suggestion. Without <see cref="BasketId"/> it proposes a new basket (<see cref="Name"/>, <see cref="Description"/>,
/// <see cref="Legs"/>); with it, a change to that basket (<see cref="Add"/>, <see cref="Remove"/>, <see cref="Weights"/>).
/// </summary>
/// <param name="Reason">Why, for the reviewing admin: 1–2000 characters.</param>
public sealed record SuggestionRequest(
    Guid? BasketId,
    string? Name,
    string? Description,
    IReadOnlyList<LegRequest?>? Legs,
    IReadOnlyList<LegRequest?>? Add,
    IReadOnlyList<string?>? Remove,
    IReadOnlyList<WeightRequest?>? Weights,
    string? Reason);

public sealed record WeightRequest(string? MarketId, JsonElement? Weight);

/// <param name="Notes">The admin's notes for the submitter, up to 2000 characters.</param>
public sealed record ReviewRequest(string? Notes);

public sealed record SuggestedLegDetails(MarketId MarketId, string Side, decimal Weight);

public sealed record SuggestedWeightDetails(MarketId MarketId, decimal Weight);

public sealed record SuggestionDetails(
    Guid Id,
    string Kind,
    Guid? BasketId,
    string? Name,
    string? Description,
    IReadOnlyList<SuggestedLegDetails> Add,
    IReadOnlyList<MarketId> Remove,
    IReadOnlyList<SuggestedWeightDetails> Weights,
    string Reason,
    string Status,
    Guid SubmittedBy,
    DateTimeOffset SubmittedAt,
    Guid? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNotes,
    Guid? CreatedBasketId)
{
    public static SuggestionDetails From(Suggestion s) => new(
        s.Id,
        s.Kind == SuggestionKind.NewBasket ? "new-basket" : "change-basket",
        s.BasketId,
        s.Change.Name,
        s.Change.Description,
        s.Change.Add.Select(l => new SuggestedLegDetails(l.MarketId, Wire.Of(l.Side), l.Weight)).ToList(),
        s.Change.Remove,
        s.Change.Reweight.Select(w => new SuggestedWeightDetails(w.MarketId, w.Weight)).ToList(),
        s.Reason,
        s.Status.ToString().ToLowerInvariant(),
        s.SubmittedBy,
        s.SubmittedAt,
        s.ReviewedBy,
        s.ReviewedAt,
        s.ReviewNotes,
        s.CreatedBasketId);
}

public sealed record SuggestionPage(IReadOnlyList<SuggestionDetails> Items, int Page, int Size, int Total);
