using System.Globalization;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.Backfill;

public static class BackfillApi
{
    public const int MinDays = 1;
    public const int MaxDays = 730;

    public static IEndpointRouteBuilder MapBackfillApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/baskets/{basketId:guid}/backfill", StartAsync)
            .WithName("StartBasketBackfill")
            .WithSummary("Rebuild the basket's history from venue data")
            .WithDescription($"days: {MinDays}–{MaxDays} (default 365). Answers 202 with the queued job and its Location; while a job for the basket is queued or running, answers 200 with that job instead. " +
                "Another user's private basket is 404, as an unknown one.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Backfill")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsWrite));
        app.MapGet("/api/v1/baskets/{basketId:guid}/backfill", GetLatestAsync)
            .WithName("GetLatestBasketBackfill")
            .WithSummary("The basket's most recent backfill job (automatic or manual)")
            .WithDescription("404 when the basket has had no backfill yet, is unknown, or is another user's private basket.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Backfill")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        app.MapGet("/api/v1/backfill-jobs/{jobId:guid}", GetAsync)
            .WithName("GetBackfillJob")
            .WithSummary("A backfill job's state, progress, bars written and errors")
            .WithDescription("404 when the job is unknown or its basket is another user's private basket.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Backfill")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        return app;
    }

    private static async Task<Results<Accepted<BackfillJobView>, Ok<BackfillJobView>, ProblemHttpResult, ValidationProblem>> StartAsync(
        Guid basketId, string? days, PricingDbContext db, CurrentUser caller, BackfillSignal signal, TimeProvider time,
        IOptions<PricingOptions> options, CancellationToken cancellationToken)
    {
        var dayCount = options.Value.Backfill.DaysOnCreation;
        if (days is not null && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out dayCount) || dayCount is < MinDays or > MaxDays))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["days"] = [$"days must be a whole number from {MinDays} to {MaxDays}."],
            });
        }
        if (!await BasketAccess.IsReadableAsync(db, basketId, caller, cancellationToken)) return BasketAccess.NotFound(basketId);

        if (await ActiveJobAsync(db, basketId, cancellationToken) is { } active) return TypedResults.Ok(BackfillJobView.From(active));

        var job = BackfillJob.Queue(basketId, dayCount, time.GetUtcNow());
        db.BackfillJobs.Add(job);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request queued one between our check and our insert; the unique index kept it to one.
            db.ChangeTracker.Clear();
            if (await ActiveJobAsync(db, basketId, cancellationToken) is { } raced) return TypedResults.Ok(BackfillJobView.From(raced));
            throw;
        }
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/backfill-jobs/{job.Id}", BackfillJobView.From(job));
    }

    private static async Task<Results<Ok<BackfillJobView>, ProblemHttpResult>> GetAsync(
        Guid jobId, PricingDbContext db, CurrentUser caller, CancellationToken cancellationToken)
    {
        var job = await db.BackfillJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !await BasketAccess.IsReadableAsync(db, job.BasketId, caller, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
                title: "Backfill job not found", detail: $"There is no backfill job {jobId}.");
        }
        return TypedResults.Ok(BackfillJobView.From(job));
    }

    private static async Task<Results<Ok<BackfillJobView>, ProblemHttpResult>> GetLatestAsync(
        Guid basketId, PricingDbContext db, CurrentUser caller, CancellationToken cancellationToken)
    {
        if (!await BasketAccess.IsReadableAsync(db, basketId, caller, cancellationToken)) return BasketAccess.NotFound(basketId);
        var job = await db.BackfillJobs.AsNoTracking()
            .Where(j => j.BasketId == basketId)
            .OrderByDescending(j => j.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return job is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemDetailsDefaults.TypeBase + "not-found",
                title: "No backfill yet", detail: $"Basket {basketId} has had no backfill job.")
            : TypedResults.Ok(BackfillJobView.From(job));
    }

    private static Task<BackfillJob?> ActiveJobAsync(PricingDbContext db, Guid basketId, CancellationToken cancellationToken) =>
        db.BackfillJobs.AsNoTracking()
            .FirstOrDefaultAsync(j => j.BasketId == basketId && (j.State == BackfillState.Queued || j.State == BackfillState.Running), cancellationToken);
}
