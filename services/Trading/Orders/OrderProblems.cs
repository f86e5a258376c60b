using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Trading.Orders;

/// <summary>The ProblemDetails the order endpoints answer with, each with its stable type.</summary>
internal static class OrderProblems
{
    public static ProblemHttpResult BasketNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Basket not found", detail: $"There is no basket {id} you can order.");

    public static ProblemHttpResult OrderNotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Order not found", detail: $"There is no order {id}.");

    public static ProblemHttpResult NotCancellable(BasketOrder order) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, type: ProblemDetailsDefaults.TypeBase + "conflict",
        title: "Nothing to cancel",
        detail: $"Order {order.Id} is {OrderWire.Name(order.Status)}: nothing of it is still open.");

    public static ProblemHttpResult VenueFailed(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status502BadGateway, type: ProblemDetailsDefaults.TypeBase + "venue-unavailable",
        title: "A venue did not answer", detail: detail);
}
