namespace Ito.Venues;

/// <summary>
/// Best-price helpers for venue books. Both Kalshi and the Polymarket CLOB send each side with the best price
/// LAST (Kalshi bids ascending; CLOB bids ascending and asks descending, although the CLOB docs claim the
/// opposite), so the best level is the last element, never the first.
/// </summary>
public static class BookSide
{
    public static PriceLevel? Best(IReadOnlyList<PriceLevel> levels) => levels.Count == 0 ? null : levels[^1];
}
