namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>Company stock and deal markets are basket 6, unless they are about an AI or tech product (then 11).</summary>
public sealed class TechProductRule : ITieBreakRule
{
    private const int Technology = 11;

    public string Name => "tech-product";

    public int Apply(CategorizationContext context, int factor)
    {
        var id = context.Taxonomy.Factors[factor].Id;
        if (id is not ("equities.single-stocks" or "equities.corporate-actions")) return factor;
        var (techFactor, techEvidence) = FactorChoice.StrongestTextEvidenceIn(context, Technology);
        if (techFactor < 0 || context.LexiconScores[techFactor] < 1.0) return factor;
        return techEvidence >= context.LexiconScores[factor] ? techFactor : factor;
    }
}
