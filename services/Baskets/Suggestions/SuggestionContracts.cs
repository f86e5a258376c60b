using System.Text.Json;
using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Baskets.Markets;
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

/// <summary>A market a suggestion names, as this service knows it: reviewers read titles, not ids.</summary>
public sealed record SuggestedMarketDetails(MarketId MarketId, string Title, string Venue, string? Status);

/// <param name="Markets">Every market named in <c>add</c>, <c>remove</c> and <c>weights</c>, with its title.</param>
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
    Guid? CreatedBasketId,
    IReadOnlyList<SuggestedMarketDetails> Markets)
{
    public static SuggestionDetails From(Suggestion s, IReadOnlyDictionary<MarketId, Market> markets) => new(
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
        s.CreatedBasketId,
        s.Change.MarketIds().Select(id => markets.TryGetValue(id, out var market)
            ? new SuggestedMarketDetails(id, market.Title, MarketId.VenueName(id.Venue), market.Status?.ToString().ToLowerInvariant())
            : new SuggestedMarketDetails(id, id.ToString(), MarketId.VenueName(id.Venue), null)).ToList());

    /// <summary>Describes suggestions with the markets they name, looked up in one query.</summary>
    public static async Task<IReadOnlyList<SuggestionDetails>> DescribeAsync(BasketsDbContext db, IReadOnlyCollection<Suggestion> suggestions,
        CancellationToken cancellationToken)
    {
        var markets = await db.FindAsync(suggestions.SelectMany(s => s.Change.MarketIds()), cancellationToken);
        return suggestions.Select(s => From(s, markets)).ToList();
    }

    public static async Task<SuggestionDetails> DescribeAsync(BasketsDbContext db, Suggestion suggestion, CancellationToken cancellationToken) =>
        (await DescribeAsync(db, [suggestion], cancellationToken))[0];
}

public sealed record SuggestionPage(IReadOnlyList<SuggestionDetails> Items, int Page, int Size, int Total);
