namespace Ito.Trading.Orders;

/// <summary>
/// Internal command (published through the outbox with the order itself): send this basket order's legs. A
/// redelivery resumes the order from its stored state, reconciling any leg whose answer was lost.
/// </summary>
public sealed record BasketOrderSubmitted(Guid OrderId, DateTimeOffset SubmittedAt);
