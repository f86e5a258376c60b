using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 10: an admin override from the host wins outright; otherwise a decision below the review threshold goes
/// to the admin review queue (basket 0) instead of into a basket where a wrong leg would cost users money.
/// </summary>
public sealed class OverrideAndReviewStage(CategorizationTaxonomy taxonomy, CategorizationOptions options) : ICategorizationStage
{
    public string Name => "override-review";

    public void Run(CategorizationContext context)
    {
        if (context.Input.Override is { } decision && TryApplyOverride(context, decision, out var summary))
        {
            context.Contribute(Name, summary);
            return;
        }

        if (context.PrimaryFactor < 0 || context.Confidence < options.ReviewThreshold)
        {
            context.NeedsReview = true;
            context.Contribute(Name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"confidence {context.Confidence:0.###} below {options.ReviewThreshold:0.###}: review queue"));
            return;
        }
        context.Contribute(Name, "accepted");
    }

    private bool TryApplyOverride(CategorizationContext context, CategorizationOverride decision, out string summary)
    {
        RiskFactor? factor = null;
        if (decision.RiskFactorId is { Length: > 0 } id && taxonomy.TryGetFactor(id, out var known)) factor = known;
        var basket = decision.SystemBasket is >= 1 and <= CategorizationTaxonomy.BasketCount ? decision.SystemBasket.Value : (int?)null;
        if (factor is null && basket is null)
        {
            summary = "override ignored: neither a known factor nor a basket 1-18";
            return false;
        }

        if (factor is not null)
        {
            context.RankedFactors.Remove(factor.Index);
            context.RankedFactors.Insert(0, factor.Index);
            context.PrimaryFactor = factor.Index;
        }
        else if (context.PrimaryFactor < 0 || taxonomy.Factors[context.PrimaryFactor].Basket != basket)
        {
            // A basket-only override keeps the pipeline's best factor inside that basket, if it had one.
            var inBasket = context.RankedFactors.FindIndex(f => taxonomy.Factors[f].Basket == basket);
            if (inBasket > 0)
            {
                var best = context.RankedFactors[inBasket];
                context.RankedFactors.RemoveAt(inBasket);
                context.RankedFactors.Insert(0, best);
            }
            context.PrimaryFactor = inBasket >= 0 ? context.RankedFactors[0] : -1;
        }

        context.Basket = basket ?? factor!.Basket;
        context.Confidence = 1.0;
        context.NeedsReview = false;
        context.Overridden = true;
        context.Direction = context.PrimaryFactor >= 0 && taxonomy.Factors[context.PrimaryFactor].Directional
            ? DirectionStage.Decide(context.Tokens, context.TitleTokenCount, context.Thresholds)
            : MarketDirection.None;
        summary = $"override: basket {context.Basket}" + (factor is null ? "" : $", factor {factor.Id}");
        return true;
    }
}
