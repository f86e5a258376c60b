using Ito.Categorization.Data;
using Ito.Categorization.Http;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Recategorization;

/// <summary>Progress of the re-categorization a new pipeline version starts.</summary>
public static class RecategorizationApi
{
    public static RouteGroupBuilder MapRecategorizationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/categorization/jobs").WithTags("Categorization").RequireAuthorization(Policies.Admin);
        api.MapGet("/latest", GetLatestAsync).WithName("GetLatestRecategorizationJob")
            .WithSummary("Admins: the most recent re-categorization job and its progress.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}", GetAsync).WithName("GetRecategorizationJob")
            .WithSummary("Admins: one re-categorization job and its progress (total, done, changed).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<RecategorizationJobDetails>, ProblemHttpResult>> GetLatestAsync(
        CategorizationDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.RecategorizationJobs.AsNoTracking().OrderByDescending(j => j.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return job is null
            ? FieldErrors.NotFound("No re-categorization job", "No new pipeline version has been rolled out over stored markets yet.")
            : TypedResults.Ok(RecategorizationJobDetails.From(job));
    }

    private static async Task<Results<Ok<RecategorizationJobDetails>, ProblemHttpResult>> GetAsync(
        Guid id, CategorizationDbContext db, CancellationToken cancellationToken)
    {
        var job = await db.RecategorizationJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        return job is null
            ? FieldErrors.NotFound("Re-categorization job not found", $"There is no re-categorization job {id}.")
            : TypedResults.Ok(RecategorizationJobDetails.From(job));
    }
}
