namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>Crypto prices and ETFs are basket 7 even when the SEC is the one deciding.</summary>
public sealed class CryptoEtfRule : ITieBreakRule
{
    public string Name => "crypto-etf";

    public int Apply(CategorizationContext context, int factor)
    {
        if (context.Taxonomy.Factors[factor].Basket != 17) return factor;
        var etf = FactorChoice.Id(context, "crypto.etfs");
        return context.LexiconScores[etf] > 0 && FactorChoice.StrongestTextEvidenceIn(context, 7).Evidence > 0 ? etf : factor;
    }
}
