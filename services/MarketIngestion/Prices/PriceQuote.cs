namespace Ito.MarketIngestion.Prices;

/// <summary>
/// A market's YES prices as probabilities in [0, 1] (Kalshi dollars, Polymarket YES-token prices); null where the
/// venue has none. Equality is what decides whether a <c>MarketPriceChanged</c> goes out.
/// </summary>
public sealed record PriceQuote(decimal? YesBid, decimal? YesAsk, decimal? Last)
{
    public decimal? Mid => YesBid is { } bid && YesAsk is { } ask ? decimal.Round((bid + ask) / 2m, 6) : null;

    /// <summary>A quote with a price outside [0, 1] is venue noise, not a price.</summary>
    public bool IsValid => InRange(YesBid) && InRange(YesAsk) && InRange(Last);

    /// <summary>Same prices, whatever the trailing zeros the venue sent ("0.5000" vs "0.5").</summary>
    public bool SamePricesAs(PriceQuote? other) =>
        other is not null && YesBid == other.YesBid && YesAsk == other.YesAsk && Last == other.Last;

    private static bool InRange(decimal? price) => price is null or (>= 0m and <= 1m);
}
