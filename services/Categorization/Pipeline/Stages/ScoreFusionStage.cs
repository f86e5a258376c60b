using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 7: adds up the evidence (venue prior, entities, lexicon, ML) per factor, turns the sums into probabilities
/// with a tempered softmax that includes every factor without evidence (so weak evidence stays low-confidence),
/// and picks the basket with the most probability mass and its strongest factor.
/// </summary>
public sealed class ScoreFusionStage(CategorizationTaxonomy taxonomy, CategorizationOptions options) : ICategorizationStage
{
    // Hand-set and checked on the development set: the ML probability (which sums to 1 over factors) weighs most,
    // one strong keyword about half as much, venue labels least because venues tag loosely.
    internal const double LexiconWeight = 1.0;
    internal const double EntityWeight = 0.9;
    internal const double MlWeight = 2.2;
    internal const double VenuePriorWeight = 0.6;
    internal const double EntityHintWeight = 0.5;

    /// <summary>Keyword evidence saturates: a title that repeats a word is not more certain.</summary>
    internal const double LexiconCap = 4.0;

    /// <summary>How many factors are ranked; results carry at most a handful, and a full sort would cost more than the rest of fusion.</summary>
    internal const int RankedCount = 8;

    public string Name => "score-fusion";

    public void Run(CategorizationContext context)
    {
        var factors = taxonomy.Factors;
        var fused = context.FusedScores;
        var max = 0.0;
        for (var f = 0; f < factors.Count; f++)
        {
            var basket = factors[f].Basket;
            fused[f] = LexiconWeight * Math.Min(context.LexiconScores[f], LexiconCap)
                + EntityWeight * context.EntityScores[f]
                + MlWeight * context.MlScores[f]
                + VenuePriorWeight * context.BasketPriors[basket]
                + EntityHintWeight * context.EntityBasketHints[basket];
            max = Math.Max(max, fused[f]);
        }

        if (max <= 0)
        {
            // No stage found anything: nothing to rank, the review queue takes it.
            context.Basket = SystemBasket.ReviewQueue;
            context.PrimaryFactor = -1;
            context.Confidence = 0;
            context.Contribute(Name, "no evidence");
            return;
        }

        var temperature = Math.Max(0.05, options.FusionTemperature);
        var probabilities = context.Probabilities;
        var total = 0.0;
        // Most factors have no evidence at all; they share one exponential.
        var silent = Math.Exp(-max / temperature);
        for (var f = 0; f < factors.Count; f++)
        {
            probabilities[f] = fused[f] == 0 ? silent : Math.Exp((fused[f] - max) / temperature);
            total += probabilities[f];
        }
        Array.Clear(context.BasketProbabilities);
        for (var f = 0; f < factors.Count; f++)
        {
            probabilities[f] /= total;
            context.BasketProbabilities[factors[f].Basket] += probabilities[f];
        }

        var bestBasket = 1;
        for (var b = 2; b <= CategorizationTaxonomy.BasketCount; b++)
        {
            if (context.BasketProbabilities[b] > context.BasketProbabilities[bestBasket]) bestBasket = b;
        }

        RankFactors(context, bestBasket);
        context.Basket = bestBasket;
        context.PrimaryFactor = context.RankedFactors[0];
        context.Confidence = context.BasketProbabilities[bestBasket];
        context.Contribute(Name, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"basket {bestBasket} with p={context.Confidence:0.###}"), probabilities);
    }

    /// <summary>The top factors by fused score (ties by taxonomy order), led by the chosen basket's best factor, which is the primary factor.</summary>
    private static void RankFactors(CategorizationContext context, int basket)
    {
        var fused = context.FusedScores;
        var factors = context.Taxonomy.Factors;
        var ranked = context.RankedFactors;
        ranked.Clear();

        var primary = -1;
        for (var f = 0; f < fused.Length; f++)
        {
            if (factors[f].Basket == basket && (primary < 0 || fused[f] > fused[primary])) primary = f;
        }
        ranked.Add(primary);

        for (var f = 0; f < fused.Length; f++)
        {
            if (f == primary || fused[f] <= 0) continue;
            if (ranked.Count == RankedCount && fused[f] <= fused[ranked[^1]]) continue;
            var position = ranked.Count;
            while (position > 1 && fused[ranked[position - 1]] < fused[f]) position--;
            if (ranked.Count == RankedCount) ranked.RemoveAt(RankedCount - 1);
            ranked.Insert(position, f);
        }
    }
}
