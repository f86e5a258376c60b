namespace Ito.Trading.Orders;

/// <summary>
/// Which status may follow which. Terminal statuses (filled, failed, unwound, cancelled) allow nothing: an order
/// that has settled its legs must never be "re-run" by a redelivered message.
/// </summary>
public static class BasketOrderStateMachine
{
    private static readonly Dictionary<BasketOrderStatus, BasketOrderStatus[]> Allowed = new()
    {
        [BasketOrderStatus.Pending] = [BasketOrderStatus.Submitting, BasketOrderStatus.Cancelled, BasketOrderStatus.Failed],
        [BasketOrderStatus.Submitting] =
        [
            BasketOrderStatus.Filled, BasketOrderStatus.PartiallyFilled, BasketOrderStatus.Failed,
            BasketOrderStatus.Unwinding, BasketOrderStatus.Cancelled,
        ],
        // A partially filled order may still have resting legs: they can fill later or be cancelled.
        [BasketOrderStatus.PartiallyFilled] = [BasketOrderStatus.Filled, BasketOrderStatus.Cancelled],
        // An unwind that cannot sell everything back leaves the order failed, with what remains as positions.
        [BasketOrderStatus.Unwinding] = [BasketOrderStatus.Unwound, BasketOrderStatus.Failed],
        [BasketOrderStatus.Filled] = [],
        [BasketOrderStatus.Failed] = [],
        [BasketOrderStatus.Unwound] = [],
        [BasketOrderStatus.Cancelled] = [],
    };

    public static bool CanMove(BasketOrderStatus from, BasketOrderStatus to) => Allowed[from].Contains(to);

    public static bool IsTerminal(BasketOrderStatus status) => Allowed[status].Length == 0;
}

/// <summary>A transition the state machine forbids; the order is left as it was.</summary>
public sealed class IllegalTransitionException(BasketOrderStatus from, BasketOrderStatus to)
    : InvalidOperationException($"A basket order cannot move from {OrderWire.Name(from)} to {OrderWire.Name(to)}.")
{
    public BasketOrderStatus From { get; } = from;

    public BasketOrderStatus To { get; } = to;
}
