using Ito.Categorization.Data;
using Ito.Categorization.Http;
using Ito.Categorization.Taxonomy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.ReferenceData;

/// <summary>
/// The 18 system baskets and the risk factors under them, as seeded from the taxonomy. Reference data: open at the
/// service, the gateway applies its own policy.
/// </summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/risk-factors", ListRiskFactorsAsync).AllowAnonymous().WithTags("Reference data").WithName("ListRiskFactors")
            .WithSummary("Every risk factor in taxonomy order, optionally only those of one system basket (systemBasket=1..18).")
            .ProducesValidationProblem();
        app.MapGet("/api/v1/system-baskets", ListSystemBasketsAsync).AllowAnonymous().WithTags("Reference data").WithName("ListSystemBaskets")
            .WithSummary("The 18 system baskets with their risk factors.");
        app.MapGet("/api/v1/system-baskets/{number:int}", GetSystemBasketAsync).AllowAnonymous().WithTags("Reference data").WithName("GetSystemBasket")
            .WithSummary("One system basket (1–18) with its risk factors.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<List<RiskFactorDetails>>, ValidationProblem>> ListRiskFactorsAsync(
        int? systemBasket, CategorizationDbContext db, CancellationToken cancellationToken)
    {
        if (systemBasket is < 1 or > CategorizationTaxonomy.BasketCount)
        {
            return FieldErrors.Single("systemBasket", $"The system basket is 1 to {CategorizationTaxonomy.BasketCount}.");
        }
        var factors = db.RiskFactors.AsNoTracking();
        if (systemBasket is { } number) factors = factors.Where(f => f.SystemBasket == number);
        var rows = await factors.OrderBy(f => f.Position).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(RiskFactorDetails.From).ToList());
    }

    private static async Task<Ok<List<SystemBasketDetails>>> ListSystemBasketsAsync(CategorizationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, null, cancellationToken));

    private static async Task<Results<Ok<SystemBasketDetails>, ProblemHttpResult>> GetSystemBasketAsync(
        int number, CategorizationDbContext db, CancellationToken cancellationToken)
    {
        var basket = (await LoadAsync(db, number, cancellationToken)).SingleOrDefault();
        return basket is null
            ? FieldErrors.NotFound("System basket not found", $"There is no system basket {number}; they are numbered 1 to {CategorizationTaxonomy.BasketCount}.")
            : TypedResults.Ok(basket);
    }

    private static async Task<List<SystemBasketDetails>> LoadAsync(CategorizationDbContext db, int? number, CancellationToken cancellationToken)
    {
        var baskets = db.SystemBaskets.AsNoTracking();
        var factors = db.RiskFactors.AsNoTracking();
        if (number is { } n)
        {
            baskets = baskets.Where(b => b.Number == n);
            factors = factors.Where(f => f.SystemBasket == n);
        }
        var factorsByBasket = (await factors.OrderBy(f => f.Position).ToListAsync(cancellationToken)).ToLookup(f => f.SystemBasket);
        return (await baskets.OrderBy(b => b.Number).ToListAsync(cancellationToken))
            .Select(b => new SystemBasketDetails(b.Number, b.Name, b.Slug, b.TaxonomyVersion,
                factorsByBasket[b.Number].Select(f => new SystemBasketRiskFactor(f.Id, f.Description, f.Directional)).ToList()))
            .ToList();
    }
}
