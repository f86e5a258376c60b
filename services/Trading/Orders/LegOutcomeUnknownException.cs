namespace Ito.Trading.Orders;

/// <summary>
/// Some legs may be on their venues and the venues could not be asked: the order stays submitting, and the run fails
/// so the message is redelivered and the next run looks those legs up before anything is sent again.
/// </summary>
public sealed class LegOutcomeUnknownException(BasketOrderId orderId, IReadOnlyList<int> legIndexes)
    : Exception($"Basket order {orderId}: the venues could not say whether leg(s) {string.Join(", ", legIndexes)} landed; " +
                "the order stays submitting and those legs are looked up again, never re-sent blindly.")
{
    public BasketOrderId OrderId { get; } = orderId;

    public IReadOnlyList<int> LegIndexes { get; } = legIndexes;
}
