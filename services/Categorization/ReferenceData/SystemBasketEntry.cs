using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.ReferenceData;

/// <summary>One of the 18 system baskets as served to clients, copied from the taxonomy file at start-up.</summary>
public sealed class SystemBasketEntry
{
    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    /// <summary>The taxonomy file version this row was last written from.</summary>
    public string TaxonomyVersion { get; private set; } = "";

    public static SystemBasketEntry From(SystemBasket basket, string taxonomyVersion) =>
        new() { Number = basket.Number, Name = basket.Name, Slug = basket.Slug, TaxonomyVersion = taxonomyVersion };

    /// <summary>Brings the row in line with the taxonomy; true when anything changed.</summary>
    public bool Update(SystemBasket basket, string taxonomyVersion)
    {
        if (Name == basket.Name && Slug == basket.Slug && TaxonomyVersion == taxonomyVersion) return false;
        (Name, Slug, TaxonomyVersion) = (basket.Name, basket.Slug, taxonomyVersion);
        return true;
    }
}
