using Ito.Contracts;
using Ito.Trading.Planning;

namespace Ito.Trading.Orders;

/// <summary>
/// One leg of a basket order on its venue: the plan, the order sent (client order id, venue order id) and what
/// came back (fills, average price, fees), plus what an all-or-nothing unwind sold back.
/// </summary>
public sealed class LegOrder
{
    private LegOrder()
    {
    }

    public static LegOrder FromPlan(BasketOrderId orderId, LegOrderPlan plan, string instrument) => new()
    {
        OrderId = orderId,
        LegIndex = plan.LegIndex,
        MarketId = plan.MarketId.ToString(),
        Venue = plan.MarketId.Venue,
        Outcome = plan.Outcome,
        Instrument = instrument,
        Weight = plan.Weight,
        Budget = plan.Budget,
        LimitPrice = plan.LimitPrice,
        PlannedShares = plan.Shares,
        EstimatedCost = plan.EstimatedCost,
        ClientOrderId = orderId.ClientOrderIdFor(plan.LegIndex),
        Status = plan.IsSkipped ? LegOrderStatus.Skipped : LegOrderStatus.Planned,
        Error = plan.SkipReason,
    };

    public BasketOrderId OrderId { get; private set; }

    public int LegIndex { get; private set; }

    public string MarketId { get; private set; } = "";

    public Venue Venue { get; private set; }

    /// <summary>The outcome bought (already flipped for a basket NO).</summary>
    public Side Outcome { get; private set; }

    /// <summary>The Kalshi ticker or the Polymarket outcome token id.</summary>
    public string Instrument { get; private set; } = "";

    public decimal Weight { get; private set; }

    public decimal Budget { get; private set; }

    public decimal? LimitPrice { get; private set; }

    public decimal PlannedShares { get; private set; }

    public decimal EstimatedCost { get; private set; }

    public string ClientOrderId { get; private set; } = "";

    /// <summary>The venue's order id; for Polymarket the signed order's hash, stored BEFORE sending.</summary>
    public string? VenueOrderId { get; private set; }

    /// <summary>
    /// The order exactly as signed, where the venue's order id is a hash of it (Polymarket), stored with
    /// <see cref="VenueOrderId"/> before the first send: a re-send posts this same order, which the venue refuses as a
    /// duplicate if the first one landed, instead of a freshly signed second order.
    /// </summary>
    public string? SignedOrder { get; private set; }

    /// <summary>
    /// The sell-back being sent for this leg (Polymarket: the order as signed), stored before it is sent, so a run
    /// that cannot tell whether it landed re-sends this same order rather than a second sale. Cleared once the
    /// venue has answered for it.
    /// </summary>
    public string? UnwindSignedOrder { get; private set; }

    /// <summary>Sell-backs the venue has answered for; a new one gets a new client order id.</summary>
    public int UnwindSales { get; private set; }

    /// <summary>The client order id of the sell-back being sent (Kalshi finds it again by this id).</summary>
    public string UnwindClientOrderId =>
        OrderId.ClientOrderIdFor(LegIndex, unwind: true) + (UnwindSales == 0 ? "" : $"-{UnwindSales}");

    public LegOrderStatus Status { get; private set; }

    public decimal FilledShares { get; private set; }

    public decimal FilledCost { get; private set; }

    public decimal Fees { get; private set; }

    public decimal UnwoundShares { get; private set; }

    public decimal UnwindProceeds { get; private set; }

    public string? Error { get; private set; }

    public decimal? AveragePrice => FilledShares > 0 ? Math.Round(FilledCost / FilledShares, 6) : null;

    public bool IsToSend => Status is LegOrderStatus.Planned or LegOrderStatus.Submitting;

    public bool HasFills => FilledShares > UnwoundShares;

    public void MarkSubmitting(string? venueOrderId, string? signedOrder = null)
    {
        Status = LegOrderStatus.Submitting;
        VenueOrderId = venueOrderId ?? VenueOrderId;
        SignedOrder = signedOrder ?? SignedOrder;
    }

    /// <summary>
    /// The order may have reached the venue and the venue could not be asked whether it did: the leg stays
    /// submitting, so it is never sent again blindly, and the next run (redelivery, resume) looks it up first.
    /// </summary>
    public void AwaitLookup(string reason)
    {
        Status = LegOrderStatus.Submitting;
        Error = reason;
    }

    /// <summary>Records the venue's verdict; a leg that matched nothing is failed, one that rests is open.</summary>
    public void RecordOutcome(LegExecution execution)
    {
        VenueOrderId = execution.VenueOrderId ?? VenueOrderId;
        FilledShares = execution.FilledShares;
        FilledCost = execution.FilledCost;
        Fees = execution.Fees;
        Error = execution.Error;
        Status = execution.FilledShares >= PlannedShares && PlannedShares > 0 ? LegOrderStatus.Filled
            : execution.Resting ? LegOrderStatus.Open
            : execution.FilledShares > 0 ? LegOrderStatus.PartiallyFilled
            : LegOrderStatus.Failed;
    }

    public void Fail(string error)
    {
        Status = LegOrderStatus.Failed;
        Error = error;
    }

    public void Cancel(string reason)
    {
        Status = FilledShares > 0 ? LegOrderStatus.PartiallyFilled : LegOrderStatus.Cancelled;
        Error = reason;
    }

    public void PrepareUnwind(string? signedOrder) => UnwindSignedOrder = signedOrder;

    /// <summary>The venue's answer for a sell-back (possibly nothing sold): the next one is a new order.</summary>
    public void RecordUnwind(LegExecution sale)
    {
        UnwoundShares += sale.FilledShares;
        UnwindProceeds += sale.FilledCost;
        Fees += sale.Fees;
        UnwindSales++;
        UnwindSignedOrder = null;
        if (UnwoundShares >= FilledShares) Status = LegOrderStatus.Unwound;
    }
}

/// <summary>What a venue says happened to a leg order (fresh answer or found by its client order id).</summary>
public sealed record LegExecution(string? VenueOrderId, decimal FilledShares, decimal FilledCost, decimal Fees, bool Resting, string? Error, bool Reconciled);
