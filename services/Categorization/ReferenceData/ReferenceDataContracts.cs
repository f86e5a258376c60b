namespace Ito.Categorization.ReferenceData;

public sealed record RiskFactorDetails(
    string Id, int SystemBasket, string Description, bool Directional, string TaxonomyVersion,
    IReadOnlyList<string> Keywords, IReadOnlyList<string> Aliases, IReadOnlyList<string> EntityPatterns)
{
    public static RiskFactorDetails From(RiskFactorEntry factor) =>
        new(factor.Id, factor.SystemBasket, factor.Description, factor.Directional, factor.TaxonomyVersion,
            factor.Keywords, factor.Aliases, factor.EntityPatterns);
}

public sealed record SystemBasketRiskFactor(string Id, string Description, bool Directional);

public sealed record SystemBasketDetails(int Number, string Name, string Slug, string TaxonomyVersion, IReadOnlyList<SystemBasketRiskFactor> RiskFactors);
