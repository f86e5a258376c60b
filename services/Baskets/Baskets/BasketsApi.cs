using Ito.Baskets.Data;
using Ito.Baskets.Markets;
using Ito.Contracts.Baskets;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Baskets;

/// <summary>
/// Custom and system baskets. Another user's private basket does not exist for the caller (404, never 403, which
/// would tell it exists); a basket the caller can see but not change (public, or system for non-admins) is 403.
/// </summary>
public static class BasketsApi
{
    public static RouteGroupBuilder MapBasketsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/baskets").WithTags("Baskets");
        var read = Policies.Scope(Scopes.BasketsRead);
        var write = Policies.Scope(Scopes.BasketsWrite);

        api.MapGet("/", ListBasketsAsync).RequireAuthorization(read).WithName("ListBaskets")
            .WithSummary("Lists the baskets the caller can see: system, public and their own.")
            .WithDescription("filter: system | custom | mine | public (public custom baskets). q: text in name or description. " +
                             "sort: name | -name | created | -created (default) | legs | -legs. page from 1, size 1–100 (default 20).");
        api.MapGet("/{id:guid}", GetBasketAsync).RequireAuthorization(read).WithName("GetBasket")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A basket with its legs and each leg's market title, venue, status and close time.");
        api.MapPost("/", CreateBasketAsync).RequireAuthorization(write).WithName("CreateBasket")
            .WithSummary("Creates a custom basket of 1–50 legs across Kalshi and Polymarket.");
        api.MapPut("/{id:guid}", UpdateBasketAsync).RequireAuthorization(write).WithName("UpdateBasket")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Replaces a basket's name, description and legs, and its visibility when given (owner; admins for system baskets).");
        api.MapDelete("/{id:guid}", DeleteBasketAsync).RequireAuthorization(write).WithName("DeleteBasket")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Deletes a custom basket (owner only). System baskets cannot be deleted.");
        return api;
    }

    private static async Task<Results<Ok<BasketPage>, ValidationProblem>> ListBasketsAsync(
        [AsParameters] BasketListQuery query, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var violations = new RuleViolations();
        query.Validate(violations);
        if (violations.Any) return TypedResults.ValidationProblem(violations.ToDictionary());
        return TypedResults.Ok(await query.RunAsync(db, user.Id, cancellationToken));
    }

    private static async Task<Results<Ok<BasketDetails>, ProblemHttpResult>> GetBasketAsync(
        Guid id, BasketsDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var basket = await db.Baskets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (basket is null || !basket.IsVisibleTo(user.Id)) return BasketProblems.NotFound(id);
        return TypedResults.Ok(await DetailsAsync(db, basket, cancellationToken));
    }

    private static async Task<Results<Created<BasketDetails>, ValidationProblem>> CreateBasketAsync(
        BasketRequest request, BasketsDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var violations = new RuleViolations();
        var visibility = Wire.ReadVisibility(request.Visibility, violations);
        var legs = LegRequestReader.Read(request.Legs, "legs", violations);
        if (violations.Any) return TypedResults.ValidationProblem(violations.ToDictionary());

        var markets = await db.AvailabilityOfAsync(legs.Select(l => l.MarketId), cancellationToken);
        var now = clock.GetUtcNow();
        Basket basket;
        try
        {
            basket = Basket.CreateCustom(user.Id, request.Name ?? "", request.Description, visibility!.Value, legs, markets, now);
        }
        catch (BasketRuleException refused)
        {
            return TypedResults.ValidationProblem(refused.Errors);
        }

        db.Baskets.Add(basket);
        db.AddIntegrationEvent(new BasketCreated(basket.Id, basket.Kind, basket.OwnerId, basket.Name, basket.LegInfos(), now, basket.Visibility));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/baskets/{basket.Id}", await DetailsAsync(db, basket, cancellationToken));
    }

    private static async Task<Results<Ok<BasketDetails>, ProblemHttpResult, ValidationProblem>> UpdateBasketAsync(
        Guid id, BasketRequest request, BasketsDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var basket = await db.Baskets.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (basket is null || !basket.IsVisibleTo(user.Id)) return BasketProblems.NotFound(id);
        if (!basket.IsEditableBy(user.Id, user.IsAdmin)) return BasketProblems.NotYours(basket);
        if (request.Version is { } basedOn && basedOn != basket.Version) return BasketProblems.ChangedMeanwhile(id);

        var violations = new RuleViolations();
        var visibility = Wire.ReadVisibility(request.Visibility, violations);
        var legs = LegRequestReader.Read(request.Legs, "legs", violations);
        if (violations.Any) return TypedResults.ValidationProblem(violations.ToDictionary());

        var markets = await db.AvailabilityOfAsync(legs.Select(l => l.MarketId), cancellationToken);
        var now = clock.GetUtcNow();
        var visibleBefore = basket.Visibility;
        try
        {
            // Leaving visibility out keeps it: a PUT that only meant to change legs never makes a public basket private.
            var wanted = request.Visibility is null ? basket.Visibility : visibility!.Value;
            basket.Update(request.Name ?? "", request.Description, wanted, legs, markets, now);
        }
        catch (BasketRuleException refused)
        {
            return TypedResults.ValidationProblem(refused.Errors);
        }

        db.AddIntegrationEvent(new BasketLegsChanged(basket.Id, basket.LegInfos(), now, basket.Kind, basket.OwnerId, basket.Name));
        // Pricing hides another user's private basket: it must hear when one turns private or public.
        if (basket.Visibility != visibleBefore) db.AddIntegrationEvent(new BasketVisibilityChanged(basket.Id, basket.Visibility, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BasketProblems.ChangedMeanwhile(id);
        }
        return TypedResults.Ok(await DetailsAsync(db, basket, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteBasketAsync(
        Guid id, BasketsDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var basket = await db.Baskets.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (basket is null || !basket.IsVisibleTo(user.Id)) return BasketProblems.NotFound(id);
        if (!basket.IsEditableBy(user.Id, user.IsAdmin)) return BasketProblems.NotYours(basket);
        if (!basket.CanBeDeleted) return BasketProblems.SystemBasketsStay(basket);

        db.Baskets.Remove(basket);
        db.AddIntegrationEvent(new BasketDeleted(basket.Id, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return BasketProblems.ChangedMeanwhile(id);
        }
        return TypedResults.NoContent();
    }

    internal static async Task<BasketDetails> DetailsAsync(BasketsDbContext db, Basket basket, CancellationToken cancellationToken) =>
        BasketDetails.From(basket, await db.FindAsync(basket.Legs.Select(l => l.MarketId), cancellationToken));
}
