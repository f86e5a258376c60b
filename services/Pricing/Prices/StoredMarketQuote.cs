namespace Ito.Pricing.Prices;

/// <summary>A market's latest YES price in Postgres (table <c>market_quotes</c>), read back into memory at start-up.</summary>
public sealed class StoredMarketQuote
{
    public required string MarketId { get; set; }
    public decimal YesPrice { get; set; }
    public DateTimeOffset At { get; set; }
}
