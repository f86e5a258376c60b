using Ito.ServiceDefaults.Auth;
using Ito.Trading.Data;
using Ito.Trading.Execution;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ito.Trading.Orders;

/// <summary>
/// One-click basket orders. Orders are the caller's own: another user's order does not exist for them (404).
/// </summary>
public static class OrdersApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapOrdersApi(this IEndpointRouteBuilder app)
    {
        var write = Policies.Scope(Scopes.TradesWrite);
        var read = Policies.Scope(Scopes.TradesRead);
        var baskets = app.MapGroup("/api/v1/baskets/{basketId:guid}/orders").WithTags("Orders");
        baskets.MapPost("/", PlaceAsync).RequireAuthorization(write).WithName("PlaceBasketOrder")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status502BadGateway)
            .WithSummary("Buys YES or NO of a whole basket: one weighted leg order per market, on Kalshi and Polymarket.")
            .WithDescription("Requires an Idempotency-Key header: repeating it with the same body returns the first order (200), never a second; " +
                             "reusing it for a different order is a 422. " +
                             "202 with the pending order and its plan; legs are sent in the background. 409 when the basket has no legs. Body example: " +
                             "{\"side\":\"yes\",\"amount\":100,\"mode\":\"paper\",\"maxSlippage\":0.02,\"policy\":\"all-or-nothing\"}");
        baskets.MapPost("/preview", PreviewAsync).RequireAuthorization(write).WithName("PreviewBasketOrder")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .WithSummary("The plan a basket order would follow (shares, limit prices, costs, leftover cash), placing nothing.");

        var orders = app.MapGroup("/api/v1/orders").WithTags("Orders");
        orders.MapGet("/", ListAsync).RequireAuthorization(read).WithName("ListOrders")
            .WithSummary("The caller's basket orders, newest first (page from 1, pageSize 1–100).");
        orders.MapGet("/{id:guid}", GetAsync).RequireAuthorization(read).WithName("GetOrder")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A basket order with its legs, fills, average prices, fees and every status transition.");
        orders.MapDelete("/{id:guid}", CancelAsync).RequireAuthorization(write).WithName("CancelOrder")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Cancels what is still open of an order: a pending order entirely, resting legs on their venues.");
        return app;
    }

    private static async Task<Results<Ok<OrderPreview>, ValidationProblem, ProblemHttpResult>> PreviewAsync(
        Guid basketId, PlaceBasketOrderRequest? request, TradingDbContext db, OrderPlanning planning, CurrentUser user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var intent = OrderIntent.Read(request, errors);
        if (intent is null) return TypedResults.ValidationProblem(errors);
        var basket = await db.Baskets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        if (basket is null || !basket.IsOrderableBy(user.Id)) return OrderProblems.BasketNotFound(basketId);
        if (!basket.HasLegs) return OrderProblems.BasketHasNoLegs(basketId);
        try
        {
            var planned = await planning.PlanAsync(user.Id, basket, intent, cancellationToken);
            return TypedResults.Ok(Preview(basketId, intent, planned));
        }
        catch (VenueUnavailableException unavailable)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = [unavailable.Message] });
        }
        catch (Exception e) when (e is HttpRequestException or Ito.Venues.VenueApiException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return OrderProblems.VenueFailed("Reading a leg's order book failed; try again.");
        }
    }

    private static async Task<Results<Accepted<BasketOrderView>, Ok<BasketOrderView>, ValidationProblem, ProblemHttpResult>> PlaceAsync(
        Guid basketId, PlaceBasketOrderRequest? request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        TradingDbContext db, OrderPlanning planning, CurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
            errors[IdempotencyHeader] = ["An Idempotency-Key header of 1–200 characters is required."];
        var intent = OrderIntent.Read(request, errors);
        if (intent is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);

        if (await FindByKeyAsync(db, user.Id, idempotencyKey!, cancellationToken) is { } earlier) return Repeated(earlier, basketId, intent);

        var basket = await db.Baskets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        if (basket is null || !basket.IsOrderableBy(user.Id)) return OrderProblems.BasketNotFound(basketId);
        if (!basket.HasLegs) return OrderProblems.BasketHasNoLegs(basketId);
        if (await planning.ModeRefusalAsync(user.Id, user.IsTestKey, intent.Mode, cancellationToken) is { } refusal)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = [refusal] });

        OrderPlanning.Planned planned;
        try
        {
            planned = await planning.PlanAsync(user.Id, basket, intent, cancellationToken);
        }
        catch (VenueUnavailableException unavailable)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = [unavailable.Message] });
        }
        catch (Exception e) when (e is HttpRequestException or Ito.Venues.VenueApiException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return OrderProblems.VenueFailed("Reading a leg's order book failed; nothing was placed. Try again with the same Idempotency-Key.");
        }

        if (planned.Plan.Legs.All(l => l.IsSkipped))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["amount"] = ["No leg can be bought with this amount: " + string.Join("; ", planned.Plan.Legs.Select(l => $"leg {l.LegIndex}: {l.SkipReason}"))],
            });
        }

        var now = time.GetUtcNow();
        var order = BasketOrder.Place(user.Id, basketId, idempotencyKey!, intent.Side, intent.Amount, intent.Mode, intent.MaxSlippage, intent.Policy,
            planned.Plan, leg => planned.Instruments[leg.LegIndex], now);
        db.BasketOrders.Add(order);
        db.AddIntegrationEvent(new BasketOrderSubmitted(order.Id.Value, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two requests with the same key raced: the first one's order is the answer to both.
            db.ChangeTracker.Clear();
            return Repeated((await FindByKeyAsync(db, user.Id, idempotencyKey!, cancellationToken))!, basketId, intent);
        }

        return TypedResults.Accepted($"/api/v1/orders/{order.Id}", BasketOrderView.Of(order));
    }

    private static Results<Accepted<BasketOrderView>, Ok<BasketOrderView>, ValidationProblem, ProblemHttpResult> Repeated(
        BasketOrder earlier, Guid basketId, OrderIntent intent) =>
        earlier.Repeats(basketId, intent) ? TypedResults.Ok(BasketOrderView.Of(earlier)) : OrderProblems.IdempotencyKeyReused(earlier);

    private static async Task<Ok<Page<OrderSummary>>> ListAsync(TradingDbContext db, CurrentUser user, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (p, size) = Paging.Of(page, pageSize);
        var mine = db.BasketOrders.AsNoTracking().Where(o => o.UserId == user.Id);
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(o => o.CreatedAt).Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<OrderSummary>(items.Select(o => new OrderSummary(o.Id.Value, o.BasketId, o.Side.ToString().ToLowerInvariant(),
            o.Amount, OrderWire.Name(o.Mode), OrderWire.Name(o.Status), o.CreatedAt)).ToList(), p, size, total));
    }

    private static async Task<Results<Ok<BasketOrderView>, ProblemHttpResult>> GetAsync(Guid id, TradingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(db, new BasketOrderId(id), user.Id, cancellationToken);
        return order is null ? OrderProblems.OrderNotFound(id) : TypedResults.Ok(BasketOrderView.Of(order));
    }

    private static async Task<Results<Ok<BasketOrderView>, ProblemHttpResult>> CancelAsync(
        Guid id, TradingDbContext db, OrderCancellation cancellation, CurrentUser user, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(db, new BasketOrderId(id), user.Id, cancellationToken, tracking: true);
        if (order is null) return OrderProblems.OrderNotFound(id);
        try
        {
            return await cancellation.CancelAsync(order, cancellationToken) ? TypedResults.Ok(BasketOrderView.Of(order)) : OrderProblems.NotCancellable(order);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The worker moved the order meanwhile (it started sending): what it sends is no longer "pending".
            return OrderProblems.NotCancellable(order);
        }
    }

    private static Task<BasketOrder?> FindByKeyAsync(TradingDbContext db, Guid userId, string key, CancellationToken cancellationToken) =>
        db.BasketOrders.AsNoTracking().Include(o => o.Legs).Include(o => o.Transitions).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.UserId == userId && o.IdempotencyKey == key, cancellationToken);

    private static Task<BasketOrder?> LoadAsync(TradingDbContext db, BasketOrderId id, Guid userId, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = db.BasketOrders.Include(o => o.Legs).Include(o => o.Transitions).AsSplitQuery();
        return (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(o => o.Id == id && o.UserId == userId, cancellationToken);
    }

    private static OrderPreview Preview(Guid basketId, OrderIntent intent, OrderPlanning.Planned planned) => new(
        basketId, intent.Side.ToString().ToLowerInvariant(), intent.Amount, OrderWire.Name(intent.Mode), intent.MaxSlippage, OrderWire.Name(intent.Policy),
        planned.Plan.EstimatedCost, planned.Plan.MaxCost, planned.Plan.Leftover, planned.Plan.Legs.Select(LegPlanView.Of).ToList());
}

/// <summary>Page numbers from 1; page sizes 1–100 (default 20). Out-of-range values are clamped.</summary>
public static class Paging
{
    public static (int Page, int Size) Of(int? page, int? pageSize) => (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 20, 1, 100));
}
