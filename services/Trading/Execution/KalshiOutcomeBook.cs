using Ito.Contracts;
using Ito.Trading.Planning;
using Ito.Venues;
using Ito.Venues.Kalshi.Models;

namespace Ito.Trading.Execution;

/// <summary>
/// Kalshi's book holds bids only, YES and NO, best LAST. Someone bidding p for NO offers YES at 1 − p, so the YES
/// asks are the NO bids complemented and the NO asks are the YES bids complemented (EXCHANGES.md A.5/A.6).
/// </summary>
public static class KalshiOutcomeBook
{
    public static IReadOnlyList<PriceLevel> AsksFor(KalshiOrderbook book, Side outcome) =>
        (outcome == Side.Yes ? book.NoBids : book.YesBids)
            .Reverse()
            .Select(bid => new PriceLevel(1m - bid.Price, bid.Size))
            .ToList();

    /// <summary>The market's YES price grid from <c>price_ranges</c>, seen from the outcome bought.</summary>
    public static PriceGrid GridFor(IReadOnlyList<KalshiPriceRange>? ranges, Side outcome)
    {
        var yes = ranges is { Count: > 0 }
            ? new PriceGrid(ranges.Select(r => new PriceBand(Math.Max(r.Start, r.Step), Math.Min(r.End, 1 - r.Step), r.Step)).ToList())
            : PriceGrid.Uniform(0.01m);
        return outcome == Side.Yes ? yes : yes.Complement();
    }

    /// <summary>
    /// V2 orders are quoted from the YES side: buying YES at p is a bid at p; buying NO at q is an ask (selling YES)
    /// at 1 − q. Selling reverses the book side.
    /// </summary>
    public static (string BookSide, decimal YesPrice) OrderFor(Side outcome, bool buying, decimal outcomePrice) =>
        (outcome == Side.Yes) == buying
            ? (KalshiCreateOrderRequest.Bid, outcome == Side.Yes ? outcomePrice : 1 - outcomePrice)
            : (KalshiCreateOrderRequest.Ask, outcome == Side.Yes ? outcomePrice : 1 - outcomePrice);
}
