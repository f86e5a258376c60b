namespace Ito.Pricing.Backfill;

/// <summary>
/// What a venue's history endpoints need beyond our market id (table <c>venue_market_refs</c>), looked up once and
/// kept: Kalshi's series ticker (candlesticks live under the series), Polymarket's YES token (history is per token).
/// </summary>
public sealed class VenueMarketReference
{
    public required string MarketId { get; set; }
    public string? KalshiSeriesTicker { get; set; }
    public string? PolymarketYesTokenId { get; set; }
    public DateTimeOffset ResolvedAt { get; set; }
}
