using Ito.Categorization.Data;
using Ito.Categorization.Http;
using Ito.Categorization.Markets;
using Ito.Categorization.Taxonomy;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Overrides;

/// <summary>
/// Admins correct the pipeline: an override re-runs the market at once with the admin's basket and/or factor and
/// announces the verdict (<see cref="MarketCategorized"/>) in the same transaction; removing it re-runs without.
/// Every change keeps who, when and why.
/// </summary>
public static class OverridesApi
{
    public static RouteGroupBuilder MapOverridesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/overrides").WithTags("Overrides").RequireAuthorization(Policies.Admin);

        api.MapPost("/", CreateAsync).WithName("CreateOverride")
            .WithSummary("Admins: overrides a market's system basket (1–18) and/or risk factor, with a reason; the market is re-categorized and announced at once.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{marketId}", DeleteAsync).WithName("DeleteOverride")
            .WithSummary("Admins: removes a market's active override (kept as history) and re-categorizes the market without it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/", ListAsync).WithName("ListOverrides")
            .WithSummary("Admins: overrides, newest first; active ones only unless includeDeleted=true; optionally for one market.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Results<Created<OverrideOutcome>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OverrideRequest request, CategorizationDbContext db, MarketCategorizer categorizer, CategorizationTaxonomy taxonomy,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Validate(request, taxonomy, out var marketId);
        if (errors.Any) return errors.ToProblem();
        var market = await db.MarketCategorizations.FindAsync([marketId], cancellationToken);
        if (market is null) return FieldErrors.Single("marketId", $"No market {marketId} has been received from ingestion.");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await categorizer.ActiveOverrideAsync(marketId, cancellationToken);
        if (replaced is not null)
        {
            replaced.Delete(user.Id, now, "replaced by a new override");
            // Saved before the new row exists: the one-active-override index admits no overlap within a batch.
            await db.SaveChangesAsync(cancellationToken);
        }
        var created = MarketOverride.Create(marketId, request.SystemBasket, request.RiskFactorId, request.Reason!.Trim(), user.Id, now);
        db.Overrides.Add(created);
        categorizer.Categorize(market, created, announce: true);
        if (await TrySaveAsync(db, transaction, cancellationToken) is { } conflict) return conflict;

        return TypedResults.Created($"/api/v1/overrides?marketId={Uri.EscapeDataString(marketId.ToString())}",
            new OverrideOutcome(OverrideDetails.From(created), CategorizationDetails.From(market)));
    }

    private static async Task<Results<Ok<OverrideOutcome>, ValidationProblem, ProblemHttpResult>> DeleteAsync(
        string marketId, string? reason, CategorizationDbContext db, MarketCategorizer categorizer,
        CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (!MarketId.TryParse(marketId, out var id)) errors.Add("marketId", "The market id is venue:id, e.g. kalshi:KXFED-25DEC-T4.25.");
        if (reason is { Length: > MarketOverride.ReasonMaxLength }) errors.Add("reason", $"The reason is at most {MarketOverride.ReasonMaxLength} characters.");
        if (errors.Any) return errors.ToProblem();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var active = await categorizer.ActiveOverrideAsync(id, cancellationToken);
        var market = await db.MarketCategorizations.FindAsync([id], cancellationToken);
        if (active is null || market is null) return FieldErrors.NotFound("Override not found", $"Market {id} has no active override.");

        active.Delete(user.Id, clock.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        categorizer.Categorize(market, activeOverride: null, announce: true);
        if (await TrySaveAsync(db, transaction, cancellationToken) is { } conflict) return conflict;
        return TypedResults.Ok(new OverrideOutcome(OverrideDetails.From(active), CategorizationDetails.From(market)));
    }

    private static async Task<Results<Ok<ListPage<OverrideDetails>>, ValidationProblem>> ListAsync(
        string? marketId, bool? includeDeleted, int? page, int? size, CategorizationDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        MarketId id = default;
        if (marketId is not null && !MarketId.TryParse(marketId, out id)) errors.Add("marketId", "The market id is venue:id, e.g. kalshi:KXFED-25DEC-T4.25.");
        var paging = PageQuery.Read(page, size, errors);
        if (errors.Any) return errors.ToProblem();

        var overrides = db.Overrides.AsQueryable();
        if (marketId is not null) overrides = overrides.Where(o => o.MarketId == id);
        if (includeDeleted != true) overrides = overrides.Where(o => o.DeletedAt == null);
        return TypedResults.Ok(await paging.ApplyAsync(overrides.OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id), OverrideDetails.From, cancellationToken));
    }

    private static FieldErrors Validate(OverrideRequest request, CategorizationTaxonomy taxonomy, out MarketId marketId)
    {
        var errors = new FieldErrors();
        marketId = default;
        if (string.IsNullOrWhiteSpace(request.MarketId)) errors.Add("marketId", "The market id is required.");
        else if (!MarketId.TryParse(request.MarketId, out marketId)) errors.Add("marketId", "The market id is venue:id, e.g. kalshi:KXFED-25DEC-T4.25.");

        if (request.SystemBasket is null && request.RiskFactorId is null) errors.Add("systemBasket", "Give a system basket, a risk factor, or both.");
        var basketInRange = request.SystemBasket is null or (>= 1 and <= CategorizationTaxonomy.BasketCount);
        if (!basketInRange) errors.Add("systemBasket", $"The system basket is 1 to {CategorizationTaxonomy.BasketCount}.");
        if (request.RiskFactorId is not null)
        {
            if (!taxonomy.TryGetFactor(request.RiskFactorId, out var factor)) errors.Add("riskFactorId", $"There is no risk factor '{request.RiskFactorId}'.");
            else if (basketInRange && request.SystemBasket is { } basket && factor.Basket != basket)
                errors.Add("riskFactorId", $"Risk factor '{factor.Id}' belongs to system basket {factor.Basket}, not {basket}.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason)) errors.Add("reason", "The reason is required: overrides are audited.");
        else if (request.Reason.Trim().Length > MarketOverride.ReasonMaxLength) errors.Add("reason", $"The reason is at most {MarketOverride.ReasonMaxLength} characters.");
        return errors;
    }

    private static async Task<ProblemHttpResult?> TrySaveAsync(
        CategorizationDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another admin's override, or a new text from ingestion, reached the market first.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                type: ProblemDetailsDefaults.TypeBase + "conflict",
                title: "Market changed meanwhile",
                detail: "The market's categorization or override changed while this request ran; read it again and retry.");
        }
    }
}
