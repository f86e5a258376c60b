using Ito.Categorization.Data;
using Ito.Categorization.Http;
using Ito.Categorization.Markets;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ito.Categorization.Review;

/// <summary>
/// Markets the pipeline could not place with enough confidence (basket 0), oldest first, for an admin to settle
/// with an override.
/// </summary>
public static class ReviewQueueApi
{
    public static RouteGroupBuilder MapReviewQueueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/categorization/review").WithTags("Categorization").RequireAuthorization(Policies.Admin);
        api.MapGet("/", ListAsync).WithName("ListReviewQueue")
            .WithSummary("Admins: markets waiting for review, oldest first, with what the pipeline proposed and how confident it was.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Ok<ListPage<CategorizationDetails>>, ValidationProblem>> ListAsync(
        int? page, int? size, CategorizationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var paging = PageQuery.Read(page, size, errors);
        if (errors.Any) return errors.ToProblem();
        var queue = db.MarketCategorizations.Where(m => m.NeedsReview).OrderBy(m => m.CategorizedAt).ThenBy(m => m.MarketId);
        return TypedResults.Ok(await paging.ApplyAsync(queue, CategorizationDetails.From, cancellationToken));
    }
}
