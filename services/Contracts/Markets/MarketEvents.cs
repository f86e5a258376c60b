namespace Ito.Contracts.Markets;

/// <summary>Lifecycle of a market as ingestion sees it across venues.</summary>
public enum MarketStatus
{
    Upcoming,
    Open,
    Paused,
    Closed,
    Settled,
}

/// <summary>A market was first seen, or its text, status or close time changed (ingestion, pass 1).</summary>
public sealed record MarketUpserted(
    MarketId MarketId,
    string? EventId,
    string Title,
    string? Subtitle,
    string? RulesText,
    string? EventTitle,
    string? VenueCategory,
    IReadOnlyList<string> Tags,
    MarketStatus Status,
    DateTimeOffset? CloseTime,
    DateTimeOffset OccurredAt);

/// <summary>A market is no longer tradable: it disappeared from the venue's listing or settled (ingestion, pass 2).</summary>
public sealed record MarketClosed(MarketId MarketId, string Reason, string? Result, DateTimeOffset ClosedAt);

/// <summary>A market's prices changed. Prices are YES probabilities in [0, 1]; null where the venue has none.</summary>
public sealed record MarketPriceChanged(
    MarketId MarketId,
    decimal? YesBid,
    decimal? YesAsk,
    decimal? Last,
    decimal? Mid,
    DateTimeOffset At);

public sealed record RiskFactorScore(string Id, decimal Confidence);

/// <summary>
/// Categorization's verdict on a market. <see cref="SystemBasket"/> is 1–18 (ARCHITECTURE.md) or 0 when the
/// market waits in the admin review queue.
/// </summary>
public sealed record MarketCategorized(
    MarketId MarketId,
    int SystemBasket,
    Direction Direction,
    decimal Confidence,
    IReadOnlyList<RiskFactorScore> RiskFactors,
    string PipelineVersion,
    DateTimeOffset At);
