namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>A head-of-state or legislative election is basket 1 if in the US, else 3 (and back, for a US race the model put abroad).</summary>
public sealed class ElectionJurisdictionRule : ITieBreakRule
{
    private const int UsElections = 1;
    private const string ForeignElections = "geopolitics.foreign-elections";

    public string Name => "election-jurisdiction";

    public int Apply(CategorizationContext context, int factor)
    {
        var factors = context.Taxonomy.Factors;
        var jurisdiction = Jurisdiction.Of(context);
        if (factors[factor].Basket == UsElections && jurisdiction.OnlyForeign) return FactorChoice.Id(context, ForeignElections);
        if (factors[factor].Id == ForeignElections && jurisdiction.OnlyUs) return FactorChoice.BestIn(context, UsElections, "elections.us-presidential");
        return factor;
    }
}
