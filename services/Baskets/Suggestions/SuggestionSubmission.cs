using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Baskets.Markets;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Suggestions;

/// <summary>
/// Reads a suggestion and checks it would apply today, with the same basket rules an owner's edit meets, so admins
/// only ever review proposals that make a valid basket. Every problem is keyed by the request field.
/// </summary>
public static class SuggestionSubmission
{
    public static async Task<(Suggestion? Suggestion, RuleViolations Violations)> ReadAsync(
        SuggestionRequest request, BasketsDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var violations = new RuleViolations();
        if (string.IsNullOrWhiteSpace(request.Reason)) violations.Add("reason", "Say why: the reason is required.");
        else if (request.Reason.Length > Suggestion.ReasonMaxLength) violations.Add("reason", $"The reason is at most {Suggestion.ReasonMaxLength} characters.");

        var change = request.BasketId is { } basketId
            ? await ReadChangeAsync(request, basketId, db, userId, violations, cancellationToken)
            : await ReadNewBasketAsync(request, db, userId, now, violations, cancellationToken);

        return violations.Any || change is null
            ? (null, violations)
            : (Suggestion.Submit(userId, request.BasketId, change, request.Reason!, now), violations);
    }

    private static async Task<SuggestedChange?> ReadNewBasketAsync(
        SuggestionRequest request, BasketsDbContext db, Guid userId, DateTimeOffset now, RuleViolations violations, CancellationToken cancellationToken)
    {
        if (request.Add is { Count: > 0 } || request.Remove is { Count: > 0 } || request.Weights is { Count: > 0 })
        {
            violations.Add("basketId", "add, remove and weights change an existing basket: name it in basketId.");
        }
        var legs = LegRequestReader.Read(request.Legs, "legs", violations);
        if (violations.Any) return null;

        try
        {
            // The basket the approval would create, built now and thrown away: the same rules, checked today.
            Basket.CreateCustom(userId, request.Name ?? "", request.Description, BasketVisibility.Public, legs,
                await db.AvailabilityOfAsync(legs.Select(l => l.MarketId), cancellationToken), now);
        }
        catch (BasketRuleException refused)
        {
            violations.AddRange(refused.Errors);
            return null;
        }
        return new SuggestedChange(request.Name, string.IsNullOrEmpty(request.Description) ? null : request.Description,
            legs.Select(l => new SuggestedLeg(l.MarketId, l.Side, l.Weight)).ToList(), [], []);
    }

    private static async Task<SuggestedChange?> ReadChangeAsync(
        SuggestionRequest request, Guid basketId, BasketsDbContext db, Guid userId, RuleViolations violations, CancellationToken cancellationToken)
    {
        if (request.Name is not null) violations.Add("name", "A change to a basket cannot rename it: leave basketId out to suggest a new basket.");
        if (request.Legs is { Count: > 0 }) violations.Add("legs", "legs describe a new basket: to change this one, use add, remove and weights.");
        var basket = await db.Baskets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        if (basket is null || !basket.IsVisibleTo(userId))
        {
            violations.Add("basketId", $"There is no basket {basketId}.");
            return null;
        }

        var add = LegRequestReader.Read(request.Add, "add", violations);
        var remove = ReadRemovals(request.Remove, basket, violations);
        var reweight = ReadWeights(request.Weights, basket, remove, violations);
        for (var i = 0; i < add.Count; i++)
        {
            if (basket.Holds(add[i].MarketId)) violations.Add($"add[{i}].marketId", $"The basket already holds {add[i].MarketId}.");
        }
        if (add.Count == 0 && remove.Count == 0 && reweight.Count == 0 && !violations.Any)
        {
            violations.Add("add", "Suggest at least one leg to add, remove or reweight.");
        }
        if (violations.Any) return null;

        var change = new SuggestedChange(null, null, add.Select(l => new SuggestedLeg(l.MarketId, l.Side, l.Weight)).ToList(), remove, reweight);
        var markets = await db.AvailabilityOfAsync(basket.Legs.Select(l => l.MarketId).Concat(add.Select(l => l.MarketId)), cancellationToken);

        // Added legs are checked on their own first, so a problem names add[i], not the leg's place in the result.
        var addViolations = new RuleViolations();
        Basket.CheckLegs(basket.Kind, change.NewLegs(), markets, addViolations);
        foreach (var (field, messages) in addViolations.ToDictionary().Where(e => e.Key != "legs"))
        {
            foreach (var message in messages) violations.Add("add" + field["legs".Length..], message);
        }
        if (violations.Any) return null;

        Basket.CheckLegs(basket.Kind, change.ApplyTo(basket.Legs), markets, violations);
        return violations.Any ? null : change;
    }

    private static List<MarketId> ReadRemovals(IReadOnlyList<string?>? values, Basket basket, RuleViolations violations)
    {
        var remove = new List<MarketId>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (LegRequestReader.ReadMarketId(values![i], $"remove[{i}]", violations) is not { } id) continue;
            if (!basket.Holds(id)) violations.Add($"remove[{i}]", $"The basket does not hold {id}.");
            else if (remove.Contains(id)) violations.Add($"remove[{i}]", $"{id} is named more than once.");
            else remove.Add(id);
        }
        return remove;
    }

    private static List<SuggestedWeight> ReadWeights(IReadOnlyList<WeightRequest?>? values, Basket basket, List<MarketId> removed, RuleViolations violations)
    {
        var weights = new List<SuggestedWeight>();
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            var at = $"weights[{i}]";
            if (values![i] is not { } value)
            {
                violations.Add(at, "The weight change is required.");
                continue;
            }
            var id = LegRequestReader.ReadMarketId(value.MarketId, $"{at}.marketId", violations);
            var weight = LegRequestReader.ReadWeight(value.Weight, $"{at}.weight", violations);
            if (weight is <= 0 or > LegWeights.MaxWeight) violations.Add($"{at}.weight", $"The weight must be greater than 0 and at most {LegWeights.MaxWeight}.");
            if (id is not { } marketId || weight is not { } w) continue;
            if (!basket.Holds(marketId) || removed.Contains(marketId)) violations.Add($"{at}.marketId", $"The basket would not hold {marketId}.");
            else if (weights.Any(x => x.MarketId == marketId)) violations.Add($"{at}.marketId", $"{marketId} is named more than once.");
            else weights.Add(new SuggestedWeight(marketId, w));
        }
        return weights;
    }
}
