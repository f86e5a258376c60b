using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.MarketIngestion.Sync;

/// <summary>A binary market as a venue listed it, already checked and normalized (ids, status, probabilities).</summary>
public sealed record ListedMarket(
    MarketId Id,
    string EventId,
    string Title,
    string? Subtitle,
    string? RulesText,
    string? EventTitle,
    string? Category,
    IReadOnlyList<string> Tags,
    MarketStatus Status,
    DateTimeOffset? CloseTime,
    string? Result,
    string? YesTokenId,
    string? NoTokenId)
{
    public string ContentHash => MarketContentHash.Of(this);

    public MarketUpserted ToUpserted(DateTimeOffset at) =>
        new(Id, EventId, Title, Subtitle, RulesText, EventTitle, Category, Tags, Status, CloseTime, at);
}

/// <summary>A venue event; several outcomes when mutually exclusive (Kalshi) or negRisk (Polymarket).</summary>
public sealed record ListedEvent(
    Venue Venue,
    string VenueEventId,
    string Title,
    bool MutuallyExclusive,
    int OutcomeCount,
    string? Category,
    IReadOnlyList<string> Tags)
{
    public string Id => $"{MarketId.VenueName(Venue)}:{VenueEventId}";
}

/// <summary>One page of a venue listing after mapping: what to store, what to quarantine, and where the next page starts.</summary>
public sealed record ListingPage(
    IReadOnlyList<ListedEvent> Events,
    IReadOnlyList<ListedMarket> Markets,
    IReadOnlyList<Rejection> Rejected,
    string? NextCursor);
