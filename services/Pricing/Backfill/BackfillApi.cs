using System.Globalization;
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
            .WithDescription($"days: {MinDays}–{MaxDays} (default 365). Answers 202 with the queued job and its Location; while a job for the basket is queued or running, answers 200 with that job instead.")
            .WithTags("Backfill")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsWrite));
        app.MapGet("/api/v1/backfill-jobs/{jobId:guid}", GetAsync)
            .WithName("GetBackfillJob")
            .WithSummary("A backfill job's state, progress, bars written and errors")
            .WithTags("Backfill")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        return app;
    }

    private static async Task<Results<Accepted<BackfillJobView>, Ok<BackfillJobView>, NotFound, ValidationProblem>> StartAsync(
        Guid basketId, string? days, PricingDbContext db, PricingBook book, BackfillSignal signal, TimeProvider time,
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
        if (!book.HasBasket(basketId) && !await db.Baskets.AnyAsync(b => b.Id == basketId, cancellationToken)) return TypedResults.NotFound();

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

    private static async Task<Results<Ok<BackfillJobView>, NotFound>> GetAsync(Guid jobId, PricingDbContext db, CancellationToken cancellationToken) =>
        await db.BackfillJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken) is { } job
            ? TypedResults.Ok(BackfillJobView.From(job))
            : TypedResults.NotFound();

    private static Task<BackfillJob?> ActiveJobAsync(PricingDbContext db, Guid basketId, CancellationToken cancellationToken) =>
        db.BackfillJobs.AsNoTracking()
            .FirstOrDefaultAsync(j => j.BasketId == basketId && (j.State == BackfillState.Queued || j.State == BackfillState.Running), cancellationToken);
}
