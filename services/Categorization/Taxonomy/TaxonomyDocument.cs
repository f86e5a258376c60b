using System.Text.Json.Serialization;

namespace Ito.Categorization.Taxonomy;

/// <summary>The JSON shape of taxonomy.vN.json; only the loader sees it.</summary>
internal sealed class TaxonomyDocument
{
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("baskets")] public List<BasketEntry>? Baskets { get; set; }
    [JsonPropertyName("factors")] public List<FactorEntry>? Factors { get; set; }
    [JsonPropertyName("venueCategories")] public Dictionary<string, Dictionary<string, double>>? VenueCategories { get; set; }

    internal sealed class BasketEntry
    {
        [JsonPropertyName("number")] public int Number { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("slug")] public string? Slug { get; set; }
    }

    internal sealed class FactorEntry
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("basket")] public int Basket { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("directional")] public bool Directional { get; set; }
        [JsonPropertyName("keywords")] public List<string>? Keywords { get; set; }
        [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
        [JsonPropertyName("weakKeywords")] public List<string>? WeakKeywords { get; set; }
        [JsonPropertyName("entityPatterns")] public List<string>? EntityPatterns { get; set; }
        [JsonPropertyName("patternExamples")] public List<string>? PatternExamples { get; set; }
    }
}
