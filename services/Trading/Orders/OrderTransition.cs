namespace Ito.Trading.Orders;

/// <summary>One step of a basket order's life, kept for the audit trail (<c>order_transitions</c>).</summary>
public sealed class OrderTransition
{
    private OrderTransition()
    {
    }

    public OrderTransition(BasketOrderId orderId, BasketOrderStatus from, BasketOrderStatus to, string reason, DateTimeOffset at)
    {
        OrderId = orderId;
        From = from;
        To = to;
        Reason = reason;
        At = at;
    }

    public long Id { get; private set; }

    public BasketOrderId OrderId { get; private set; }

    public BasketOrderStatus From { get; private set; }

    public BasketOrderStatus To { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
