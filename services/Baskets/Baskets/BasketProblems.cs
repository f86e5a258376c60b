using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Baskets.Baskets;

/// <summary>The ProblemDetails basket endpoints answer with, each with its stable type.</summary>
internal static class BasketProblems
{
    public static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Basket not found",
        detail: $"There is no basket {id}.");

    public static ProblemHttpResult NotYours(Basket basket) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        type: ProblemDetailsDefaults.TypeBase + "forbidden",
        title: "Not your basket",
        detail: basket.SystemNumber is null
            ? "Only the owner of a basket can change it; suggest a change instead."
            : "System baskets follow categorization and only admins change them; suggest a change instead.");

    public static ProblemHttpResult SystemBasketsStay(Basket basket) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemDetailsDefaults.TypeBase + "conflict",
        title: "System baskets cannot be deleted",
        detail: $"'{basket.Name}' is one of the 18 fixed system baskets.");

    public static ProblemHttpResult ChangedMeanwhile(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemDetailsDefaults.TypeBase + "conflict",
        title: "The basket changed meanwhile",
        detail: $"Basket {id} was changed by someone else while this request ran; read it again and retry.");
}
