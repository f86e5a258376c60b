using Ito.Categorization.Pipeline.Entities;

namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>A central bank's decision is basket 4 even when the market names a country's economy ("Bank of Japan hikes").</summary>
public sealed class CentralBankRule : ITieBreakRule
{
    private const int MonetaryPolicy = 4;

    public string Name => "central-bank";

    public int Apply(CategorizationContext context, int factor)
    {
        if (context.Taxonomy.Factors[factor].Basket is not (5 or 18 or 2 or 3)) return factor;
        var (_, rateEvidence) = FactorChoice.StrongestTextEvidenceIn(context, MonetaryPolicy);
        if (rateEvidence <= 0) return factor;
        foreach (var entity in context.Entities)
        {
            if (entity.Kind == EntityKind.CentralBank && entity.FactorIndex >= 0) return entity.FactorIndex;
        }
        return factor;
    }
}
