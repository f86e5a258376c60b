using Ito.Baskets.Baskets;
using Ito.Contracts;

namespace Ito.Baskets.Suggestions;

public enum SuggestionKind
{
    NewBasket,
    ChangeBasket,
}

public enum SuggestionStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A leg a suggestion proposes to add (or, for a new basket, one of its legs).</summary>
public sealed record SuggestedLeg(MarketId MarketId, Side Side, decimal Weight);

/// <summary>A new weight for a leg the basket already holds.</summary>
public sealed record SuggestedWeight(MarketId MarketId, decimal Weight);

/// <summary>
/// What a suggestion proposes. A new basket has a name, an optional description and its legs in <see cref="Add"/>;
/// a change to an existing basket adds, removes and reweights legs.
/// </summary>
public sealed record SuggestedChange(
    string? Name,
    string? Description,
    IReadOnlyList<SuggestedLeg> Add,
    IReadOnlyList<MarketId> Remove,
    IReadOnlyList<SuggestedWeight> Reweight)
{
    /// <summary>Every market the change names, once each, in the order it names them.</summary>
    public IEnumerable<MarketId> MarketIds() => Add.Select(l => l.MarketId).Concat(Remove).Concat(Reweight.Select(w => w.MarketId)).Distinct();

    public IReadOnlyList<ProposedLeg> NewLegs() => Add.Select(l => new ProposedLeg(l.MarketId, l.Side, l.Weight)).ToList();

    /// <summary>The legs a basket would hold after this change: its own minus removals, reweighted, then the additions.</summary>
    public IReadOnlyList<ProposedLeg> ApplyTo(IEnumerable<BasketLeg> current)
    {
        var removed = Remove.ToHashSet();
        var weights = Reweight.ToDictionary(w => w.MarketId, w => w.Weight);
        return current
            .OrderBy(l => l.Position)
            .Where(l => !removed.Contains(l.MarketId))
            .Select(l => new ProposedLeg(l.MarketId, l.Side, weights.GetValueOrDefault(l.MarketId, l.Weight)))
            .Concat(NewLegs())
            .ToList();
    }
}

/// <summary>
/// A user's proposal for a new basket or a change to one, waiting for an admin. It is reviewed exactly once:
/// pending becomes approved or rejected, and who decided, when and why is kept with who asked, when and why.
/// </summary>
public sealed class Suggestion
{
    public const int ReasonMaxLength = 2000;
    public const int NotesMaxLength = 2000;

    private Suggestion()
    {
    }

    public Guid Id { get; private set; }

    public SuggestionKind Kind { get; private set; }

    /// <summary>The basket a change is for; null for a new basket.</summary>
    public Guid? BasketId { get; private set; }

    public SuggestedChange Change { get; private set; } = null!;

    public string Reason { get; private set; } = "";

    public SuggestionStatus Status { get; private set; }

    public Guid SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewNotes { get; private set; }

    /// <summary>The basket an approved new-basket suggestion created.</summary>
    public Guid? CreatedBasketId { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin), a second guard behind the row lock taken while reviewing.</summary>
    public uint Version { get; private set; }

    public static Suggestion Submit(Guid submittedBy, Guid? basketId, SuggestedChange change, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = basketId is null ? SuggestionKind.NewBasket : SuggestionKind.ChangeBasket,
        BasketId = basketId,
        Change = change,
        Reason = reason,
        Status = SuggestionStatus.Pending,
        SubmittedBy = submittedBy,
        SubmittedAt = now,
    };

    public void Approve(Guid adminId, string? notes, Guid? createdBasketId, DateTimeOffset now)
    {
        Review(adminId, notes, now);
        Status = SuggestionStatus.Approved;
        CreatedBasketId = createdBasketId;
    }

    public void Reject(Guid adminId, string? notes, DateTimeOffset now)
    {
        Review(adminId, notes, now);
        Status = SuggestionStatus.Rejected;
    }

    private void Review(Guid adminId, string? notes, DateTimeOffset now)
    {
        if (Status != SuggestionStatus.Pending) throw new SuggestionAlreadyReviewedException(Id, Status);
        ReviewedBy = adminId;
        ReviewedAt = now;
        ReviewNotes = string.IsNullOrEmpty(notes) ? null : notes;
    }
}

public sealed class SuggestionAlreadyReviewedException(Guid id, SuggestionStatus status)
    : Exception($"Suggestion {id} was already {status.ToString().ToLowerInvariant()}.")
{
    public SuggestionStatus Status { get; } = status;
}
