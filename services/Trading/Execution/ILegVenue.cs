using Ito.Contracts;
using Ito.Trading.Orders;
using Ito.Trading.Planning;

namespace Ito.Trading.Execution;

/// <summary>What the planner needs from a venue for one leg, and the instrument the order will name.</summary>
public sealed record LegMarket(string Instrument, LegQuote Quote);

/// <summary>A leg's order about to be sent: the venue's id for it and the signed order, where known beforehand.</summary>
public sealed record OutgoingOrder(string? VenueOrderId, string? SignedOrder);

/// <summary>One venue as seen by the basket-order executor, with one account's credentials.</summary>
public interface ILegVenue
{
    /// <summary>Reads the market and the book of <paramref name="outcome"/> (asks best first, in that outcome's price).</summary>
    Task<LegMarket> QuoteAsync(int legIndex, MarketId marketId, Side outcome, decimal weight, CancellationToken cancellationToken);

    /// <summary>
    /// Sends the leg's buy order. <paramref name="beforeSend"/> runs with what is known of the order before sending
    /// (Polymarket: its hash and the signed order) so it is stored first and a crash can be reconciled; a leg that
    /// already has a signed order re-sends that same order.
    /// </summary>
    Task<LegExecution> BuyAsync(LegOrder leg, OrderPolicy policy, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken);

    /// <summary>The leg's order as the venue knows it (by client order id or stored order hash), or null if it never landed.</summary>
    Task<LegExecution?> FindAsync(LegOrder leg, CancellationToken cancellationToken);

    /// <summary>
    /// Sells <paramref name="shares"/> of the leg's outcome back at the best bids (all-or-nothing unwind), under
    /// <see cref="LegOrder.UnwindClientOrderId"/>. As for a buy, <paramref name="beforeSend"/> stores what identifies
    /// the sale first, and a leg with a stored sell-back re-sends that same order.
    /// </summary>
    Task<LegExecution> SellAsync(LegOrder leg, decimal shares, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken);

    /// <summary>The leg's current sell-back as the venue knows it, or null if it never landed.</summary>
    Task<LegExecution?> FindSaleAsync(LegOrder leg, CancellationToken cancellationToken);

    Task CancelAsync(LegOrder leg, CancellationToken cancellationToken);
}

/// <summary>A venue cannot be used for this mode: no credentials, or no such environment.</summary>
public sealed class VenueUnavailableException(string message) : InvalidOperationException(message);
