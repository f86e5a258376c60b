namespace Ito.Categorization.Taxonomy;

/// <summary>
/// A risk factor under a system basket. <see cref="Index"/> is its position in the taxonomy so stages can keep
/// per-factor scores in plain arrays instead of dictionaries.
/// </summary>
/// <param name="Keywords">Words and phrases that say what a market is about ("rate cut", "barrel").</param>
/// <param name="Aliases">Other names traders give the factor itself: abbreviations, tickers, nicknames ("FOMC", "CL futures").
/// The lexicon stage scores them exactly like keywords; they are kept apart so the file says which is which.</param>
/// <param name="EntityPatterns">Names and shapes the entity stage recognises (literal phrases, or regular expressions
/// with <see cref="RegexPrefix"/>).</param>
/// <param name="PatternExamples">Titles the entity patterns must recognise; only the taxonomy tests read them.</param>
public sealed record RiskFactor(
    int Index,
    string Id,
    int Basket,
    string Description,
    bool Directional,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> WeakKeywords,
    IReadOnlyList<string> EntityPatterns,
    IReadOnlyList<string> PatternExamples)
{
    /// <summary>Entity patterns with this prefix are regular expressions over normalised text; others are literals.</summary>
    public const string RegexPrefix = "re:";
}
