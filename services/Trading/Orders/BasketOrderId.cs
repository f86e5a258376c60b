namespace Ito.Trading.Orders;

/// <summary>A basket order's id: a type of its own so it is never mixed up with a basket id or a user id.</summary>
public readonly record struct BasketOrderId(Guid Value)
{
    public static BasketOrderId New() => new(Guid.CreateVersion7());

    /// <summary>
    /// The client order id of a leg, derived from the order and the leg so a retry after a lost answer names the
    /// same order and the venue can be asked whether it already has it.
    /// </summary>
    public string ClientOrderIdFor(int legIndex, bool unwind = false) =>
        $"ito-{Value:N}-{(unwind ? "u" : "l")}{legIndex}";

    public override string ToString() => Value.ToString();
}
