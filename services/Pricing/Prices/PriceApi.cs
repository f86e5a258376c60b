using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Prices;

public static class PriceApi
{
    public static IEndpointRouteBuilder MapPriceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/baskets/{basketId:guid}/price", GetPriceAsync)
            .WithName("GetBasketPrice")
            .WithSummary("The basket's latest price, per-leg breakdown and as-of time")
            .WithDescription("Served from Redis, or from Postgres when Redis is unavailable. While a leg has no price yet, isComplete is false and price is null. " +
                "Another user's private basket is 404, as an unknown one.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Pricing")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        return app;
    }

    private static async Task<Results<Ok<BasketPriceView>, ProblemHttpResult>> GetPriceAsync(
        Guid basketId, RedisBasketPriceCache cache, PricingDbContext db, CurrentUser caller, CancellationToken cancellationToken)
    {
        if (!await BasketAccess.IsReadableAsync(db, basketId, caller, cancellationToken)) return BasketAccess.NotFound(basketId);
        if (await cache.ReadAsync(basketId) is { } cached) return TypedResults.Ok(cached);

        var stored = await db.LatestBasketPrices.AsNoTracking().FirstOrDefaultAsync(p => p.BasketId == basketId, cancellationToken);
        if (stored is not null)
        {
            return TypedResults.Ok(new BasketPriceView(stored.BasketId, stored.Price, stored.IsComplete, stored.PricedWeight, stored.AsOf,
                BasketPriceView.ParseLegs(stored.LegsJson), "postgres"));
        }
        return BasketAccess.NotFound(basketId);
    }
}
