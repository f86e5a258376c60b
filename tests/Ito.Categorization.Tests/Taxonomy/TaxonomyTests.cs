using System.Text;
using System.Text.Json.Nodes;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Tests.Taxonomy;

public sealed class TaxonomyTests
{
    private static readonly string[] ArchitectureBaskets =
    [
        "US Elections", "US Government & Policy", "Geopolitics & Conflict", "Monetary Policy & Rates", "Inflation & Macro Data",
        "Equities & Corporate", "Crypto", "Energy", "Metals & Agriculture", "Climate & Weather", "Technology & AI",
        "Health & Pandemics", "Trade & Tariffs", "Sports", "Entertainment & Culture", "Science & Space", "Legal & Regulatory",
        "Global Economy & FX",
    ];

    private static CategorizationTaxonomy Load() => CategorizationTaxonomy.LoadDefault();

    [Fact]
    public void Has_the_18_system_baskets_of_the_architecture_in_order()
    {
        var taxonomy = Load();
        Assert.Equal(ArchitectureBaskets, taxonomy.Baskets.Select(b => b.Name));
        Assert.Equal(Enumerable.Range(1, 18), taxonomy.Baskets.Select(b => b.Number));
        Assert.Equal(18, taxonomy.Baskets.Select(b => b.Slug).Distinct().Count());
        Assert.Equal("crypto", taxonomy.Basket(7).Slug);
    }

    [Fact]
    public void Has_at_least_70_risk_factors_with_unique_ids_under_existing_baskets()
    {
        var taxonomy = Load();
        Assert.True(taxonomy.Factors.Count >= 70, $"only {taxonomy.Factors.Count} factors");
        Assert.Equal(taxonomy.Factors.Count, taxonomy.Factors.Select(f => f.Id).Distinct().Count());
        Assert.All(taxonomy.Factors, f => Assert.InRange(f.Basket, 1, 18));
        Assert.All(taxonomy.Factors, f => Assert.NotEmpty(f.Keywords));
        Assert.All(taxonomy.Factors, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.All(Enumerable.Range(1, 18), b => Assert.Contains(taxonomy.Factors, f => f.Basket == b));
    }

    [Fact]
    public void Factor_indexes_match_their_positions_and_ids_resolve()
    {
        var taxonomy = Load();
        for (var i = 0; i < taxonomy.Factors.Count; i++) Assert.Equal(i, taxonomy.Factors[i].Index);
        Assert.Equal(8, taxonomy.Factor("energy.crude-oil").Basket);
        Assert.False(taxonomy.TryGetFactor("energy.unobtainium", out _));
        Assert.Throws<KeyNotFoundException>(() => taxonomy.Factor("nope.nope"));
    }

    [Fact]
    public void Venue_categories_map_to_existing_baskets()
    {
        var taxonomy = Load();
        Assert.Contains("economics", taxonomy.VenueCategories.Keys);
        Assert.Contains("pop culture", taxonomy.VenueCategories.Keys);
        Assert.All(taxonomy.VenueCategories.Values.SelectMany(v => v), prior => Assert.InRange(prior.Basket, 1, 18));
    }

    [Fact]
    public void Rejects_a_duplicated_factor_id()
    {
        var document = DefaultDocument();
        var factors = document["factors"]!.AsArray();
        factors.Add(factors[0]!.DeepClone());
        var error = Assert.Throws<TaxonomyValidationException>(() => Load(document));
        Assert.Contains(error.Errors, e => e.Contains("duplicated", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_factor_under_a_basket_that_does_not_exist()
    {
        var document = DefaultDocument();
        document["factors"]![0]!["basket"] = 19;
        var error = Assert.Throws<TaxonomyValidationException>(() => Load(document));
        Assert.Contains(error.Errors, e => e.Contains("basket 19", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_taxonomy_without_exactly_18_baskets()
    {
        var document = DefaultDocument();
        document["baskets"]!.AsArray().RemoveAt(17);
        var error = Assert.Throws<TaxonomyValidationException>(() => Load(document));
        Assert.Contains(error.Errors, e => e.Contains("expected 18 baskets", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("aliases", "has no aliases")]
    [InlineData("entityPatterns", "has no entity patterns")]
    [InlineData("keywords", "has no keywords")]
    public void Rejects_a_factor_without_aliases_entity_patterns_or_keywords(string field, string error)
    {
        var document = DefaultDocument();
        document["factors"]![0]![field] = new JsonArray();
        var rejected = Assert.Throws<TaxonomyValidationException>(() => Load(document));
        Assert.Contains(rejected.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_factor_without_a_description()
    {
        var document = DefaultDocument();
        document["factors"]![0]!["description"] = " ";
        var rejected = Assert.Throws<TaxonomyValidationException>(() => Load(document));
        Assert.Contains(rejected.Errors, e => e.Contains("has no description", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("re:(unclosed")]
    [InlineData("re:(a)\\1")]
    [InlineData("re:(?=lookahead)x")]
    public void Rejects_a_pattern_that_is_invalid_or_needs_backtracking(string pattern)
    {
        var document = DefaultDocument();
        document["factors"]![0]!["entityPatterns"] = new JsonArray(pattern);
        Assert.Throws<TaxonomyValidationException>(() => Load(document));
    }

    private static JsonNode DefaultDocument() => JsonNode.Parse(File.ReadAllText(CategorizationTaxonomy.DefaultPath))!;

    private static CategorizationTaxonomy Load(JsonNode document) =>
        CategorizationTaxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(document.ToJsonString())));
}
