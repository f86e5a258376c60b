namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>
/// The other half of the tech-product tie-break: a tech or AI company's stock, earnings or IPO is basket 6 when the
/// market speaks of the security ("IPO", "earnings", "shares") more than of a product.
/// </summary>
public sealed class CorporateFinanceRule : ITieBreakRule
{
    private const int Technology = 11;
    private const int Equities = 6;

    public string Name => "corporate-finance";

    public int Apply(CategorizationContext context, int factor)
    {
        if (context.Taxonomy.Factors[factor].Basket != Technology) return factor;
        var (equityFactor, _) = FactorChoice.StrongestTextEvidenceIn(context, Equities);
        if (equityFactor < 0) return factor;
        var equityKeywords = context.LexiconScores[equityFactor];
        return equityKeywords >= 1.0 && equityKeywords > context.LexiconScores[factor] ? equityFactor : factor;
    }
}
