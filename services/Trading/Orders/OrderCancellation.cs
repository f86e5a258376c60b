using Ito.Trading.Data;
using Ito.Trading.Execution;

namespace Ito.Trading.Orders;

/// <summary>
/// DELETE on an order: a pending order is cancelled before the worker sends anything (the worker then finds it
/// cancelled and stops); a partially filled order's resting legs are cancelled on their venues.
/// </summary>
public sealed class OrderCancellation(TradingDbContext db, VenueSessions sessions, TimeProvider time)
{
    public async Task<bool> CancelAsync(BasketOrder order, CancellationToken cancellationToken)
    {
        switch (order.Status)
        {
            case BasketOrderStatus.Pending:
                foreach (var leg in order.Legs.Where(l => l.Status == LegOrderStatus.Planned)) leg.Cancel("cancelled before it was sent");
                order.TransitionTo(BasketOrderStatus.Cancelled, "cancelled by the user before submission", time.GetUtcNow());
                break;
            case BasketOrderStatus.PartiallyFilled when order.Legs.Any(l => l.Status == LegOrderStatus.Open):
            {
                using var session = await sessions.OpenAsync(order.UserId, order.Mode, cancellationToken);
                foreach (var leg in order.Legs.Where(l => l.Status == LegOrderStatus.Open))
                {
                    await session.For(leg.Venue).CancelAsync(leg, cancellationToken);
                    leg.Cancel("cancelled by the user");
                }

                order.TransitionTo(BasketOrderStatus.Cancelled, "open legs cancelled by the user", time.GetUtcNow());
                break;
            }

            default:
                return false;
        }

        // The row version makes a cancel that races the worker's first save fail instead of overwriting it.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
