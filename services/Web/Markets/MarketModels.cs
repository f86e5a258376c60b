namespace Ito.Web.Markets;

/// <summary>A market as search lists it (GET /api/v1/markets/search): platform <c>kalshi</c> | <c>polymarket</c>, status in lower case.</summary>
public sealed record MarketSummary(
    string Id,
    string Platform,
    string Title,
    string? Subtitle,
    string? EventId,
    string? EventTitle,
    string? Category,
    IReadOnlyList<string>? Tags,
    string Status,
    DateTimeOffset? CloseTime,
    DateTimeOffset? ClosedAt)
{
    public string VenueName => MarketVenues.DisplayName(Platform);
}

/// <summary>One page of search results; <see cref="NextCursor"/> asks for the next page, null on the last.</summary>
public sealed record MarketSearchPage(IReadOnlyList<MarketSummary> Items, string? NextCursor);

/// <summary>A market's latest YES prices as probabilities (0–1); any of them may be missing.</summary>
public sealed record MarketPrice(decimal? YesBid, decimal? YesAsk, decimal? Last, decimal? Mid, DateTimeOffset At)
{
    /// <summary>The one YES price, taken as pricing takes it: the mid, else the last trade, else the middle of bid and ask.</summary>
    public decimal? Yes => Mid ?? Last ?? (YesBid is { } bid && YesAsk is { } ask ? (bid + ask) / 2 : null);
}

/// <summary>One market with its rules, event and latest prices (GET /api/v1/markets/{id}).</summary>
public sealed record MarketDetail(MarketSummary Market, string? RulesText, string? Result, MarketPrice? Prices);

public static class MarketVenues
{
    public static string DisplayName(string? platform) => platform?.ToLowerInvariant() switch
    {
        "kalshi" => "Kalshi",
        "polymarket" => "Polymarket",
        _ => platform ?? "—",
    };

    /// <summary>The venue part of a market id (<c>kalshi:TICKER</c> → <c>kalshi</c>).</summary>
    public static string OfMarketId(string marketId)
    {
        var colon = marketId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? marketId[..colon].ToLowerInvariant() : "";
    }
}
