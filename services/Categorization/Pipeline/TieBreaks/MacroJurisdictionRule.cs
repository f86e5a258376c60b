namespace Ito.Categorization.Pipeline.TieBreaks;

/// <summary>CPI, GDP, jobs and recession are basket 5 for the US and basket 18 for any other economy.</summary>
public sealed class MacroJurisdictionRule : ITieBreakRule
{
    private const int UsMacro = 5;
    private const int GlobalEconomy = 18;

    private static readonly HashSet<string> European =
        ["EU", "DE", "FR", "IT", "ES", "GB", "NL", "IE", "PT", "BE", "AT", "GR", "FI", "SE", "DK", "NO", "PL", "CH", "CZ", "HU", "RO"];

    public string Name => "macro-jurisdiction";

    public int Apply(CategorizationContext context, int factor)
    {
        var basket = context.Taxonomy.Factors[factor].Basket;
        var jurisdiction = Jurisdiction.Of(context);
        if (basket == UsMacro && jurisdiction.OnlyForeign)
        {
            var id = jurisdiction.ForeignCountry switch
            {
                "CN" => "global.china-economy",
                { } code when European.Contains(code) => "global.europe-economy",
                _ => "global.other-economies",
            };
            return FactorChoice.Id(context, id);
        }
        var isForeignMacro = context.Taxonomy.Factors[factor].Id is "global.china-economy" or "global.europe-economy" or "global.other-economies";
        if (basket == GlobalEconomy && isForeignMacro && jurisdiction.OnlyUs) return FactorChoice.BestIn(context, UsMacro, "macro.us-gdp");
        return factor;
    }
}
