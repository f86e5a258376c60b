using Ito.Contracts;
using Ito.Trading.Data;
using Ito.Trading.Execution;
using Ito.Trading.Positions;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Orders;

/// <summary>
/// Drives a basket order through its states: sends the legs (in parallel), settles the order, books fills as trades
/// and positions, and for all-or-nothing sells filled legs back when one leg fails. Every step is saved before the
/// next venue call, so a crash or redelivery resumes where it stopped; a leg whose answer was lost is looked up by
/// its client order id (Kalshi) or its stored order hash (Polymarket) before it is ever sent again, and is sent
/// again only once the venue says it has no such order. While the venue cannot say, the order waits in submitting
/// and the run ends in <see cref="LegOutcomeUnknownException"/>, so the message is redelivered and looks again.
/// </summary>
public sealed partial class BasketOrderExecutor(TradingDbContext db, VenueSessions sessions, TimeProvider time, ILogger<BasketOrderExecutor> logger)
{
    private const int MaxLegAttempts = 3;
    private const int ParallelLegs = 8;
    private readonly SemaphoreSlim _dbGate = new(1, 1);

    public async Task ExecuteAsync(BasketOrderId id, CancellationToken cancellationToken)
    {
        await using var exclusive = await OrderRunLock.TryTakeAsync(db, id, cancellationToken);
        if (exclusive is null)
        {
            // A duplicate delivery while another run drives the order: that run owns it (and its own redelivery).
            LogAlreadyRunning(logger, id.Value);
            return;
        }

        var order = await db.BasketOrders.Include(o => o.Legs).Include(o => o.Transitions)
            .AsSplitQuery().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null) return;

        if (order.Status == BasketOrderStatus.Pending)
        {
            order.TransitionTo(BasketOrderStatus.Submitting, "sending legs", time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (order.Status is not (BasketOrderStatus.Submitting or BasketOrderStatus.Unwinding)) return;

        using var session = await sessions.OpenAsync(order.UserId, order.Mode, cancellationToken);
        if (order.Status == BasketOrderStatus.Submitting)
        {
            // Legs already "submitting" when this run began were sent by an earlier run whose answer was lost.
            var resumed = order.Legs.Where(l => l.Status == LegOrderStatus.Submitting).Select(l => l.LegIndex).ToHashSet();

            // Kalshi legs are found again by client order id, so one save marks them all as sent; a Polymarket leg
            // saves its order hash on its own, just before it is sent.
            foreach (var leg in order.Legs.Where(l => l.Status == LegOrderStatus.Planned && l.Venue == Venue.Kalshi)) leg.MarkSubmitting(null);
            await db.SaveChangesAsync(cancellationToken);
            using var parallel = new SemaphoreSlim(ParallelLegs);
            await Task.WhenAll(order.Legs.Where(l => l.IsToSend).Select(async leg =>
            {
                await parallel.WaitAsync(cancellationToken);
                try
                {
                    await SendLegAsync(order, leg, resumed.Contains(leg.LegIndex), session.For(leg.Venue), cancellationToken);
                }
                finally
                {
                    parallel.Release();
                }
            }));

            var unknown = order.Legs.Where(l => l.Status == LegOrderStatus.Submitting).Select(l => l.LegIndex).ToList();
            if (unknown.Count > 0)
            {
                // Settling now would call a leg that may have filled "failed" (or unwind the others): keep what is
                // known, and let the redelivered message look the rest up.
                await db.SaveChangesAsync(cancellationToken);
                throw new LegOutcomeUnknownException(order.Id, unknown);
            }

            var (status, reason) = order.Settle();
            var now = time.GetUtcNow();
            order.TransitionTo(status, reason, now);
            await BookAsync(order, order.Legs.Where(l => l.FilledShares > 0).Select(l => (l, TradeAction.Buy, l.FilledShares, l.FilledCost, l.Fees)), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogSettled(logger, order.Id.Value, OrderWire.Name(status));
        }

        if (order.Status == BasketOrderStatus.Unwinding)
        {
            await UnwindAsync(order, session, cancellationToken);
        }
    }

    private async Task SendLegAsync(BasketOrder order, LegOrder leg, bool resumed, ILegVenue venue, CancellationToken cancellationToken)
    {
        try
        {
            // Sent before, answer unknown (crash, redelivery): ask the venue first, never send blindly again.
            if (resumed && !await SendableAfterLookupAsync(leg, venue, "an earlier run sent it", cancellationToken)) return;

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var execution = await venue.BuyAsync(leg, order.Policy, async outgoing =>
                    {
                        if (outgoing.VenueOrderId is null && leg.Status == LegOrderStatus.Submitting) return;
                        await _dbGate.WaitAsync(cancellationToken);
                        try
                        {
                            leg.MarkSubmitting(outgoing.VenueOrderId, outgoing.SignedOrder);
                            await db.SaveChangesAsync(cancellationToken);
                        }
                        finally
                        {
                            _dbGate.Release();
                        }
                    }, cancellationToken);
                    await RecordAsync(leg, execution, cancellationToken);
                    return;
                }
                catch (Exception e) when (e is not (VenueUnavailableException or OperationCanceledException) || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    LogLegAttemptFailed(logger, leg.ClientOrderId, attempt, e.GetType().Name);
                    if (!await SendableAfterLookupAsync(leg, venue, $"attempt {attempt} ended in {e.GetType().Name}", cancellationToken)) return;

                    if (attempt >= MaxLegAttempts)
                    {
                        await FailAsync(leg, $"venue error after {attempt} attempts: {e.GetType().Name}", cancellationToken);
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
                }
            }
        }
        catch (VenueUnavailableException unavailable)
        {
            await FailAsync(leg, unavailable.Message, cancellationToken);
        }
    }

    /// <summary>
    /// Looks the leg's order up on its venue: found → its outcome is recorded; "no such order" → it may be sent;
    /// the lookup failed → unknown, which is not "absent": the leg is left submitting with the reason, never re-sent.
    /// </summary>
    private async Task<bool> SendableAfterLookupAsync(LegOrder leg, ILegVenue venue, string why, CancellationToken cancellationToken)
    {
        try
        {
            if (await venue.FindAsync(leg, cancellationToken) is not { } landed) return true;
            await RecordAsync(leg, landed, cancellationToken);
            return false;
        }
        catch (Exception e) when (e is not (VenueUnavailableException or OperationCanceledException) || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogLegOutcomeUnknown(logger, leg.ClientOrderId, e.GetType().Name);
            await _dbGate.WaitAsync(cancellationToken);
            try
            {
                leg.AwaitLookup($"outcome unknown: {why}, and looking the order up on the venue failed ({e.GetType().Name}); " +
                                "not re-sent, left submitting until the venue can say whether it has the order");
            }
            finally
            {
                _dbGate.Release();
            }

            return false;
        }
    }

    /// <summary>
    /// Sells each filled leg back. A sale is stored before it is sent and booked (trade, position) in the same save
    /// as its answer, so a later run neither sells twice nor books twice. A sale the venue cannot account for —
    /// the send failed and looking it up failed too — keeps the order unwinding and ends the run in
    /// <see cref="LegOutcomeUnknownException"/>: the redelivery or the reconciler re-sends that same sale, which
    /// the venue recognises, instead of calling shares "not sold" that may be gone.
    /// </summary>
    private async Task UnwindAsync(BasketOrder order, VenueSession session, CancellationToken cancellationToken)
    {
        var unknown = new List<int>();
        foreach (var leg in order.Legs.Where(l => l.HasFills))
        {
            var venue = session.For(leg.Venue);
            LegExecution? sale;
            try
            {
                sale = await venue.SellAsync(leg, leg.FilledShares - leg.UnwoundShares, async outgoing =>
                {
                    leg.PrepareUnwind(outgoing.SignedOrder);
                    await db.SaveChangesAsync(cancellationToken);
                }, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogLegAttemptFailed(logger, leg.UnwindClientOrderId, 1, e.GetType().Name);
                try
                {
                    sale = await venue.FindSaleAsync(leg, cancellationToken);
                }
                catch (Exception lookup) when (lookup is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogLegOutcomeUnknown(logger, leg.UnwindClientOrderId, lookup.GetType().Name);
                    unknown.Add(leg.LegIndex);
                    continue;
                }
            }

            // No sale on the venue (it never landed): this pass could not sell the leg; the order says so below.
            if (sale is null) continue;
            leg.RecordUnwind(sale);
            if (sale.FilledShares > 0) await BookAsync(order, [(leg, TradeAction.Sell, sale.FilledShares, sale.FilledCost, sale.Fees)], time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Every sale stored or booked above is saved already: the next run re-sends the unknown ones as they are.
        if (unknown.Count > 0) throw new LegOutcomeUnknownException(order.Id, unknown);

        var left = order.Legs.Where(l => l.HasFills).ToList();
        order.TransitionTo(left.Count == 0 ? BasketOrderStatus.Unwound : BasketOrderStatus.Failed,
            left.Count == 0 ? "filled legs sold back" : "could not sell back " + string.Join(", ", left.Select(l => $"leg {l.LegIndex} ({l.FilledShares - l.UnwoundShares} shares)")),
            time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Books fills as trades and applies them to the user's positions in the same save as the order's new state.</summary>
    private async Task BookAsync(BasketOrder order, IEnumerable<(LegOrder Leg, TradeAction Action, decimal Shares, decimal Cash, decimal Fee)> fills,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (leg, action, shares, cash, fee) in fills)
        {
            var price = Math.Round(cash / shares, 6);
            db.Trades.Add(new Trade(order.UserId, order.Mode, order.Id, order.BasketId, leg.LegIndex, leg.MarketId, leg.Outcome, action, shares, price, fee, now));
            var position = db.Positions.Local.SingleOrDefault(p => p.UserId == order.UserId && p.Mode == order.Mode && p.BasketId == order.BasketId
                                                                      && p.MarketId == leg.MarketId && p.Outcome == leg.Outcome)
                ?? await db.Positions.SingleOrDefaultAsync(p => p.UserId == order.UserId && p.Mode == order.Mode && p.BasketId == order.BasketId
                                                                && p.MarketId == leg.MarketId && p.Outcome == leg.Outcome, cancellationToken);
            if (position is null)
            {
                position = new Position(order.UserId, order.Mode, order.BasketId, leg.MarketId, leg.Outcome);
                db.Positions.Add(position);
            }

            position.Apply(action, shares, price, fee, now);
        }
    }

    /// <summary>
    /// Outcomes are kept in memory and saved with the order's settling (or by the next leg's pre-send save): a crash
    /// before that leaves the leg "submitting", which a redelivery resolves by looking the order up.
    /// </summary>
    private async Task RecordAsync(LegOrder leg, LegExecution execution, CancellationToken cancellationToken)
    {
        await _dbGate.WaitAsync(cancellationToken);
        try
        {
            leg.RecordOutcome(execution);
        }
        finally
        {
            _dbGate.Release();
        }
    }

    private async Task FailAsync(LegOrder leg, string error, CancellationToken cancellationToken)
    {
        await _dbGate.WaitAsync(cancellationToken);
        try
        {
            leg.Fail(error);
        }
        finally
        {
            _dbGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leg {ClientOrderId} attempt {Attempt} ended in {Failure}; looking it up before any retry")]
    private static partial void LogLegAttemptFailed(ILogger logger, string clientOrderId, int attempt, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leg {ClientOrderId}: the venue could not be asked whether it has the order ({Failure}); leaving it submitting, not re-sending")]
    private static partial void LogLegOutcomeUnknown(ILogger logger, string clientOrderId, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Basket order {OrderId} is already being driven by another run; this delivery leaves it to that run")]
    private static partial void LogAlreadyRunning(ILogger logger, Guid orderId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Basket order {OrderId} settled as {Status}")]
    private static partial void LogSettled(ILogger logger, Guid orderId, string status);
}
