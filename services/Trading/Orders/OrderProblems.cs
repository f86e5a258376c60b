using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Trading.Orders;

/// <summary>The ProblemDetails the order endpoints answer with, each with its stable type.</summary>
internal static class OrderProblems
{
    public static ProblemHttpResult BasketNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Basket not found", detail: $"There is no basket {id} you can order.");

    /// <summary>A basket with no legs yet (system baskets start empty) has nothing to split an order across.</summary>
    public static ProblemHttpResult BasketHasNoLegs(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, type: ProblemDetailsDefaults.TypeBase + ProblemDetailsDefaults.ProblemTypeFor(StatusCodes.Status409Conflict),
        title: "Basket has no legs", detail: $"Basket {id} has no legs to order yet; nothing was planned or placed.");

    public static ProblemHttpResult OrderNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Order not found", detail: $"There is no order {id}.");

    public static ProblemHttpResult NotCancellable(BasketOrder order) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, type: ProblemDetailsDefaults.TypeBase + "conflict",
        title: "Nothing to cancel",
        detail: $"Order {order.Id} is {OrderWire.Name(order.Status)}: nothing of it is still open.");

    /// <summary>
    /// A key names one order: reusing it for a different one is the client's mistake, not a repeat to answer with
    /// the first order (which would read as if the new order had been placed).
    /// </summary>
    public static ProblemHttpResult IdempotencyKeyReused(BasketOrder earlier) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, type: ProblemDetailsDefaults.TypeBase + "idempotency-key-reused",
        title: "Idempotency-Key already used for another order",
        detail: $"This Idempotency-Key placed order {earlier.Id} with a different basket, side, amount, mode, slippage or policy; " +
            "nothing was placed. Use a new key for a new order.");

    public static ProblemHttpResult VenueFailed(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status502BadGateway, type: ProblemDetailsDefaults.TypeBase + "venue-unavailable",
        title: "A venue did not answer", detail: detail);
}
