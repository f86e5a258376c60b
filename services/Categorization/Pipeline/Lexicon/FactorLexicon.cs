using Ito.Categorization.Pipeline.Text;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Lexicon;

/// <summary>
/// The taxonomy's keywords and aliases compiled into one stemmed phrase index. An alias ("FOMC", "XAU/USD") is another
/// name for the factor, so it weighs as a keyword. A phrase shared by several factors splits its weight between them,
/// so generic words ("election", "price") cannot outvote a specific one.
/// </summary>
public sealed class FactorLexicon
{
    public const double SingleWordWeight = 1.0;
    public const double TwoWordWeight = 1.5;
    public const double LongPhraseWeight = 1.8;
    public const double WeakWeight = 0.35;

    public FactorLexicon(CategorizationTaxonomy taxonomy)
    {
        var raw = new List<(string Key, int Factor, double Weight)>();
        foreach (var factor in taxonomy.Factors)
        {
            foreach (var keyword in factor.Keywords) Add(raw, keyword, factor.Index, strong: true);
            foreach (var alias in factor.Aliases) Add(raw, alias, factor.Index, strong: true);
            foreach (var keyword in factor.WeakKeywords) Add(raw, keyword, factor.Index, strong: false);
        }

        // Same factor, same key (e.g. "etf" and "ETFs"): keep the strongest; then share a key's weight across factors.
        var entries = raw
            .GroupBy(e => (e.Key, e.Factor))
            .Select(g => (g.Key.Key, g.Key.Factor, Weight: g.Max(e => e.Weight)))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var share = 1.0 / Math.Sqrt(g.Count());
                return g.Select(e => (e.Key, new LexiconEntry(e.Factor, e.Weight * share)));
            })
            .ToList();
        Phrases = PhraseIndex<LexiconEntry>.FromKeys(entries, matchOnStems: true);
    }

    internal PhraseIndex<LexiconEntry> Phrases { get; }

    private static void Add(List<(string, int, double)> entries, string keyword, int factor, bool strong)
    {
        var key = PhraseIndex<LexiconEntry>.KeyOf(keyword, matchOnStems: true);
        if (key.Length == 0) return;
        var words = key.Count(c => c == ' ') + 1;
        var weight = !strong ? WeakWeight : words switch { 1 => SingleWordWeight, 2 => TwoWordWeight, _ => LongPhraseWeight };
        entries.Add((key, factor, weight));
    }

    public void Score(List<Token> tokens, double[] scores, List<PhraseHit<LexiconEntry>> hits)
    {
        Phrases.FindLongestMatches(tokens, hits);
        foreach (var hit in hits)
        {
            var fieldWeight = FieldWeights.Of(tokens[hit.Start].Field);
            foreach (var entry in hit.Payloads) scores[entry.Factor] += entry.Weight * fieldWeight;
        }
    }
}
