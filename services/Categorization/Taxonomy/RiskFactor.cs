namespace Ito.Categorization.Taxonomy;

/// <summary>
/// A risk factor under a system basket. <see cref="Index"/> is its position in the taxonomy so stages can keep
/// per-factor scores in plain arrays instead of dictionaries.
/// </summary>
public sealed record RiskFactor(
    int Index,
    string Id,
    int Basket,
    string Description,
    bool Directional,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> WeakKeywords,
    IReadOnlyList<string> EntityPatterns)
{
    /// <summary>Entity patterns with this prefix are regular expressions over normalised text; others are literals.</summary>
    public const string RegexPrefix = "re:";
}
