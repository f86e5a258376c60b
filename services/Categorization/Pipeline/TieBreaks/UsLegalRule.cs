namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>
/// US court cases, indictments, SEC and antitrust actions are basket 17 whatever they are about (tariffs, a company,
/// a politician) — but crypto ETFs stay in 7 and foreign courts stay with their country.
/// </summary>
public sealed class UsLegalRule : ITieBreakRule
{
    private const int Legal = 17;

    /// <summary>About one strong legal phrase ("supreme court", "indicted") in the title.</summary>
    internal const double MinimumEvidence = 1.4;

    public string Name => "us-legal";

    public int Apply(CategorizationContext context, int factor)
    {
        var current = context.Taxonomy.Factors[factor];
        if (current.Basket == Legal || current.Id == "crypto.etfs") return factor;
        if (Jurisdiction.Of(context).OnlyForeign) return factor;
        var (legalFactor, evidence) = FactorChoice.StrongestTextEvidenceIn(context, Legal);
        if (legalFactor < 0 || evidence < MinimumEvidence) return factor;
        return evidence >= FactorChoice.TextEvidence(context, factor) * 0.75 ? legalFactor : factor;
    }
}
