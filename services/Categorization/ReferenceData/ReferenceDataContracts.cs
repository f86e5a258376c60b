namespace Ito.Categorization.ReferenceData;

public sealed record RiskFactorDetails(string Id, int SystemBasket, string Description, bool Directional, string TaxonomyVersion)
{
    public static RiskFactorDetails From(RiskFactorEntry factor) =>
        new(factor.Id, factor.SystemBasket, factor.Description, factor.Directional, factor.TaxonomyVersion);
}

public sealed record SystemBasketRiskFactor(string Id, string Description, bool Directional);

public sealed record SystemBasketDetails(int Number, string Name, string Slug, string TaxonomyVersion, IReadOnlyList<SystemBasketRiskFactor> RiskFactors);
