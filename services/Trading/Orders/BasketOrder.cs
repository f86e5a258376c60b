using Ito.Contracts;
using Ito.Trading.Planning;

namespace Ito.Trading.Orders;

/// <summary>
/// A one-click order on a whole basket. Its status only moves along <see cref="BasketOrderStateMachine"/>; every
/// move is recorded with its time and reason.
/// </summary>
public sealed class BasketOrder
{
    private readonly List<LegOrder> _legs = [];
    private readonly List<OrderTransition> _transitions = [];

    private BasketOrder()
    {
    }

    public static BasketOrder Place(Guid userId, Guid basketId, string idempotencyKey, Side side, decimal amount, TradingMode mode,
        decimal maxSlippage, OrderPolicy policy, BasketOrderPlan plan, Func<LegOrderPlan, string> instrumentOf, DateTimeOffset now)
    {
        var order = new BasketOrder
        {
            Id = BasketOrderId.New(),
            UserId = userId,
            BasketId = basketId,
            IdempotencyKey = idempotencyKey,
            Side = side,
            Amount = amount,
            Mode = mode,
            MaxSlippage = maxSlippage,
            Policy = policy,
            Status = BasketOrderStatus.Pending,
            Leftover = plan.Leftover,
            CreatedAt = now,
            UpdatedAt = now,
        };
        order._legs.AddRange(plan.Legs.Select(l => LegOrder.FromPlan(order.Id, l, instrumentOf(l))));
        return order;
    }

    public BasketOrderId Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid BasketId { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    public Side Side { get; private set; }

    public decimal Amount { get; private set; }

    public TradingMode Mode { get; private set; }

    public decimal MaxSlippage { get; private set; }

    public OrderPolicy Policy { get; private set; }

    public BasketOrderStatus Status { get; private set; }

    /// <summary>Cash the plan could not use (rounding, minimum sizes, book depth).</summary>
    public decimal Leftover { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<LegOrder> Legs => _legs;

    public IReadOnlyList<OrderTransition> Transitions => _transitions;

    /// <summary>Whether a request repeating this order's Idempotency-Key asks for this same order.</summary>
    public bool Repeats(Guid basketId, OrderIntent intent) =>
        BasketId == basketId && Side == intent.Side && Amount == intent.Amount && Mode == intent.Mode
        && MaxSlippage == intent.MaxSlippage && Policy == intent.Policy;

    public void TransitionTo(BasketOrderStatus to, string reason, DateTimeOffset at)
    {
        if (!BasketOrderStateMachine.CanMove(Status, to)) throw new IllegalTransitionException(Status, to);
        _transitions.Add(new OrderTransition(Id, Status, to, reason, at));
        Status = to;
        UpdatedAt = at;
    }

    /// <summary>
    /// Where the order stands once every leg has an answer: all legs filled → filled; an all-or-nothing order with a
    /// leg short and fills elsewhere → unwinding; nothing filled → failed; otherwise partially filled.
    /// </summary>
    public (BasketOrderStatus Status, string Reason) Settle()
    {
        var sent = _legs.Where(l => l.Status != LegOrderStatus.Skipped).ToList();
        var anyFill = _legs.Any(l => l.FilledShares > 0);
        var unfilled = _legs.Where(l => l.Status != LegOrderStatus.Filled).ToList();
        if (sent.Count > 0 && unfilled.Count == 0) return (BasketOrderStatus.Filled, "every leg filled");
        var why = string.Join("; ", unfilled.Select(l => $"leg {l.LegIndex}: {l.Error ?? OrderWire.Name(l.Status)}"));
        if (Policy == OrderPolicy.AllOrNothing)
        {
            return anyFill ? (BasketOrderStatus.Unwinding, "all-or-nothing and " + why) : (BasketOrderStatus.Failed, why);
        }

        return anyFill ? (BasketOrderStatus.PartiallyFilled, why) : (BasketOrderStatus.Failed, why);
    }
}
