using Ito.Pricing.Data;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Baskets;

/// <summary>
/// Whether the caller may read a basket's prices, history, stream and backfills (<see cref="StoredBasket.IsReadableBy"/>).
/// Unknown and not-yours answer the same 404, as the baskets service does: a 403 would tell a private basket exists.
/// Checked against Postgres on every request, so a basket turning private is hidden as soon as its event is consumed.
/// </summary>
public static class BasketAccess
{
    public static async Task<bool> IsReadableAsync(PricingDbContext db, Guid basketId, CurrentUser caller, CancellationToken cancellationToken)
    {
        var basket = await db.Baskets.AsNoTracking().FirstOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        return basket is not null && basket.IsReadableBy(caller.Id, caller.IsAdmin);
    }

    /// <summary>Of the given baskets, those the caller may read, in one query.</summary>
    public static async Task<IReadOnlyList<Guid>> ReadableAsync(PricingDbContext db, IReadOnlyCollection<Guid> basketIds, CurrentUser caller,
        CancellationToken cancellationToken)
    {
        var baskets = await db.Baskets.AsNoTracking().Where(b => basketIds.Contains(b.Id)).ToListAsync(cancellationToken);
        return baskets.Where(b => b.IsReadableBy(caller.Id, caller.IsAdmin)).Select(b => b.Id).ToList();
    }

    public static ProblemHttpResult NotFound(Guid basketId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        type: ProblemDetailsDefaults.TypeBase + "not-found",
        title: "Basket not found",
        detail: $"There is no basket {basketId}.");
}
