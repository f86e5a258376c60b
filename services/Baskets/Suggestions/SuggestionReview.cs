using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Baskets.Markets;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Suggestions;

public enum ReviewOutcome
{
    Done,
    NotFound,
    AlreadyReviewed,
    NoLongerApplies,
}

public sealed record ReviewResult(ReviewOutcome Outcome, Suggestion? Suggestion = null, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>
/// An admin's decision on a suggestion. The suggestion's row is locked for the decision, so of two admins deciding
/// at once the second waits, then finds it decided and gets a conflict; an approval applies the change in the same
/// transaction as the status change, so a suggestion is never approved without its change, nor the reverse.
/// </summary>
public sealed class SuggestionReview(BasketsDbContext db, TimeProvider clock)
{
    // The schema is the service's own constant, never input.
    private const string LockSuggestion = $$"""SELECT 1 FROM "{{BasketsDbContext.SchemaName}}"."suggestions" WHERE "Id" = {0} FOR UPDATE""";

    public Task<ReviewResult> ApproveAsync(Guid id, Guid adminId, string? notes, CancellationToken cancellationToken) =>
        DecideAsync(id, cancellationToken, async suggestion =>
        {
            var now = clock.GetUtcNow();
            var createdBasketId = suggestion.Kind == SuggestionKind.NewBasket
                ? await CreateBasketAsync(suggestion, now, cancellationToken)
                : await ChangeBasketAsync(suggestion, now, cancellationToken);
            suggestion.Approve(adminId, notes, createdBasketId, now);
        });

    public Task<ReviewResult> RejectAsync(Guid id, Guid adminId, string? notes, CancellationToken cancellationToken) =>
        DecideAsync(id, cancellationToken, suggestion =>
        {
            suggestion.Reject(adminId, notes, clock.GetUtcNow());
            return Task.CompletedTask;
        });

    private async Task<ReviewResult> DecideAsync(Guid id, CancellationToken cancellationToken, Func<Suggestion, Task> decide)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(LockSuggestion, [id], cancellationToken);
        var suggestion = await db.Suggestions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null) return new ReviewResult(ReviewOutcome.NotFound);
        if (suggestion.Status != SuggestionStatus.Pending) return AlreadyReviewed(suggestion);

        try
        {
            await decide(suggestion);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ReviewResult(ReviewOutcome.Done, suggestion);
        }
        catch (SuggestionAlreadyReviewedException)
        {
            return AlreadyReviewed(suggestion);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReviewResult(ReviewOutcome.AlreadyReviewed, suggestion, "The suggestion or its basket changed during the review; read it again.");
        }
        catch (BasketRuleException refused)
        {
            return new ReviewResult(ReviewOutcome.NoLongerApplies, suggestion, "The change no longer makes a valid basket.", refused.Errors);
        }
        catch (BasketGoneException gone)
        {
            return new ReviewResult(ReviewOutcome.NoLongerApplies, suggestion, gone.Message);
        }
    }

    private static ReviewResult AlreadyReviewed(Suggestion suggestion) =>
        new(ReviewOutcome.AlreadyReviewed, suggestion, $"The suggestion was already {suggestion.Status.ToString().ToLowerInvariant()}.");

    /// <summary>An approved new basket is a public custom basket owned by the user who suggested it.</summary>
    private async Task<Guid?> CreateBasketAsync(Suggestion suggestion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var legs = suggestion.Change.NewLegs();
        var markets = await db.AvailabilityOfAsync(legs.Select(l => l.MarketId), cancellationToken);
        var basket = Basket.CreateCustom(suggestion.SubmittedBy, suggestion.Change.Name ?? "", suggestion.Change.Description,
            BasketVisibility.Public, legs, markets, now);
        db.Baskets.Add(basket);
        db.AddIntegrationEvent(new BasketCreated(basket.Id, basket.Kind, basket.OwnerId, basket.Name, basket.LegInfos(), now, basket.Visibility));
        return basket.Id;
    }

    private async Task<Guid?> ChangeBasketAsync(Suggestion suggestion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var basket = await db.Baskets.SingleOrDefaultAsync(b => b.Id == suggestion.BasketId, cancellationToken)
            ?? throw new BasketGoneException(suggestion.BasketId!.Value);
        var legs = suggestion.Change.ApplyTo(basket.Legs);
        basket.ReplaceLegs(legs, await db.AvailabilityOfAsync(legs.Select(l => l.MarketId), cancellationToken), now);
        db.AddIntegrationEvent(new BasketLegsChanged(basket.Id, basket.LegInfos(), now, basket.Kind, basket.OwnerId, basket.Name));
        return null;
    }

    private sealed class BasketGoneException(Guid basketId) : Exception($"Basket {basketId} was deleted after the suggestion was made.");
}
