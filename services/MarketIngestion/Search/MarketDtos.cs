using Ito.MarketIngestion.Markets;

namespace Ito.MarketIngestion.Search;

public sealed record MarketSummaryDto(
    string Id,
    string Platform,
    string Title,
    string? Subtitle,
    string? EventId,
    string? EventTitle,
    string? Category,
    IReadOnlyList<string> Tags,
    string Status,
    DateTimeOffset? CloseTime,
    DateTimeOffset? ClosedAt)
{
    public static MarketSummaryDto From(Market m) => new(m.Id, m.Venue.ToString().ToLowerInvariant(), m.Title, m.Subtitle, m.EventId,
        m.EventTitle, m.Category, m.Tags, m.Status.ToString().ToLowerInvariant(), m.CloseTime, m.ClosedAt);
}

public sealed record SearchResultDto(IReadOnlyList<MarketSummaryDto> Items, string? NextCursor);

public sealed record PriceDto(decimal? YesBid, decimal? YesAsk, decimal? Last, decimal? Mid, DateTimeOffset At);

public sealed record EventDto(string Id, string VenueEventId, string Title, bool MutuallyExclusive, int OutcomeCount, string? Category, IReadOnlyList<string> Tags)
{
    public static EventDto From(VenueEvent e) => new(e.Id, e.VenueEventId, e.Title, e.MutuallyExclusive, e.OutcomeCount, e.Category, e.Tags);
}

public sealed record OutcomeDto(string Id, string Title, string? Subtitle, string Status, PriceDto? Prices);

public sealed record MarketDetailDto(
    MarketSummaryDto Market,
    string? RulesText,
    string? Result,
    string? YesTokenId,
    string? NoTokenId,
    PriceDto? Prices,
    EventDto? Event,
    IReadOnlyList<OutcomeDto> Siblings);
