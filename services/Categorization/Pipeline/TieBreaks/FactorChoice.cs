namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>Picks a factor inside a basket a rule moves the market to: the best-scoring one there, else a named default.</summary>
internal static class FactorChoice
{
    public static int BestIn(CategorizationContext context, int basket, string fallbackId)
    {
        var factors = context.Taxonomy.Factors;
        var best = -1;
        for (var f = 0; f < factors.Count; f++)
        {
            if (factors[f].Basket != basket) continue;
            if (best < 0 || context.FusedScores[f] > context.FusedScores[best]) best = f;
        }
        if (best >= 0 && context.FusedScores[best] > 0) return best;
        return context.Taxonomy.Factor(fallbackId).Index;
    }

    public static int Id(CategorizationContext context, string id) => context.Taxonomy.Factor(id).Index;

    /// <summary>Keyword and entity evidence only (no ML, no priors): what the text itself says about a factor.</summary>
    public static double TextEvidence(CategorizationContext context, int factor) =>
        context.LexiconScores[factor] + context.EntityScores[factor];

    public static (int Factor, double Evidence) StrongestTextEvidenceIn(CategorizationContext context, int basket)
    {
        var factors = context.Taxonomy.Factors;
        var best = (Factor: -1, Evidence: 0.0);
        for (var f = 0; f < factors.Count; f++)
        {
            if (factors[f].Basket != basket) continue;
            var evidence = TextEvidence(context, f);
            if (evidence > best.Evidence) best = (f, evidence);
        }
        return best;
    }
}
