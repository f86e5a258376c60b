using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 3: the venue's own category and tags ("Economics", "Fed Rates", "Pop Culture") as basket priors.
/// Venues label loosely, so these only tilt the decision; unknown labels are ignored.
/// </summary>
public sealed class VenueCategoryStage(CategorizationTaxonomy taxonomy) : ICategorizationStage
{
    public string Name => "venue-category";

    public void Run(CategorizationContext context)
    {
        var known = 0;
        foreach (var label in context.VenueLabels)
        {
            if (!taxonomy.VenueCategories.TryGetValue(label, out var priors)) continue;
            known++;
            foreach (var (basket, weight) in priors)
                context.BasketPriors[basket] = Math.Max(context.BasketPriors[basket], weight);
        }

        var baskets = Enumerable.Range(1, CategorizationTaxonomy.BasketCount)
            .Where(b => context.BasketPriors[b] > 0)
            .Select(b => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{b}:{context.BasketPriors[b]:0.##}"));
        context.Contribute(Name, known == 0 ? "no known venue category" : $"basket priors {string.Join(" ", baskets)}");
    }
}
