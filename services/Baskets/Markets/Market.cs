using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.Baskets.Markets;

/// <summary>
/// This service's copy of a market, learned from ingestion's and categorization's events: enough to check a leg
/// (known? open?), to show it (title, venue, close time) and to place it in its system basket.
/// </summary>
public sealed class Market
{
    private Market()
    {
    }

    public MarketId Id { get; private set; }

    public Venue Venue { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Null while only categorization has spoken of the market (its events may overtake ingestion's).</summary>
    public MarketStatus? Status { get; private set; }

    public DateTimeOffset? CloseTime { get; private set; }

    /// <summary>When ingestion last described the market; older descriptions that arrive late are ignored.</summary>
    public DateTimeOffset? ListedAt { get; private set; }

    /// <summary>Categorization's system basket: 1–18, 0 for the review queue, null before any verdict.</summary>
    public int? SystemBasket { get; private set; }

    public Direction? Direction { get; private set; }

    public DateTimeOffset? CategorizedAt { get; private set; }

    public bool IsListed => Status is not null;

    public bool IsOpen => Status == MarketStatus.Open;

    /// <summary>Closed or settled: it leaves every system basket and can join no new leg.</summary>
    public bool HasEnded => Status is MarketStatus.Closed or MarketStatus.Settled;

    public static Market Unlisted(MarketId id) => new() { Id = id, Venue = id.Venue, Title = id.ToString() };

    /// <summary>Applies ingestion's description unless a newer one was already applied. Returns whether it was applied.</summary>
    public bool ApplyListing(MarketUpserted listing)
    {
        if (ListedAt is { } listedAt && listing.OccurredAt < listedAt) return false;
        Title = listing.Title;
        Status = listing.Status;
        CloseTime = listing.CloseTime;
        ListedAt = listing.OccurredAt;
        return true;
    }

    public bool ApplyClosure(MarketClosed closure)
    {
        if (ListedAt is { } listedAt && closure.ClosedAt < listedAt) return false;
        // Settled when the venue gave a result, merely closed otherwise; either way it can no longer be traded.
        Status = closure.Result is null ? MarketStatus.Closed : MarketStatus.Settled;
        ListedAt = closure.ClosedAt;
        return true;
    }

    public bool ApplyCategorization(MarketCategorized verdict)
    {
        if (CategorizedAt is { } at && verdict.At < at) return false;
        SystemBasket = verdict.SystemBasket;
        Direction = verdict.Direction;
        CategorizedAt = verdict.At;
        return true;
    }
}
