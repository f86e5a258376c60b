using System.Text.RegularExpressions;
using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Lexicon;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Pipeline.Text;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Tests.Taxonomy;

/// <summary>
/// Every risk factor carries what issue #5 asks of it (an id of the form <c>area.name</c>, a parent basket among the 18,
/// a description, keywords, aliases, entity patterns) and every entity pattern recognises one of its own examples.
/// Reads the taxonomy file itself, so a factor added without these fails here with its id in the message.
/// </summary>
public sealed partial class RiskFactorDefinitionTests
{
    private static readonly string[] ArchitectureBaskets =
    [
        "US Elections", "US Government & Policy", "Geopolitics & Conflict", "Monetary Policy & Rates", "Inflation & Macro Data",
        "Equities & Corporate", "Crypto", "Energy", "Metals & Agriculture", "Climate & Weather", "Technology & AI",
        "Health & Pandemics", "Trade & Tariffs", "Sports", "Entertainment & Culture", "Science & Space", "Legal & Regulatory",
        "Global Economy & FX",
    ];

    private static CategorizationTaxonomy Taxonomy => TestPipeline.Taxonomy;

    public static TheoryData<string> FactorIds()
    {
        var ids = new TheoryData<string>();
        foreach (var factor in CategorizationTaxonomy.LoadDefault().Factors) ids.Add(factor.Id);
        return ids;
    }

    [Fact]
    public void Every_risk_factor_has_an_id_a_basket_a_description_keywords_aliases_and_entity_patterns()
    {
        var problems = new List<string>();
        foreach (var factor in Taxonomy.Factors)
        {
            if (!DocumentedId().IsMatch(factor.Id)) problems.Add($"'{factor.Id}': id is not lower-case 'area.name' like energy.crude-oil");
            if (factor.Basket is < 1 or > 18 || Taxonomy.Basket(factor.Basket).Name != ArchitectureBaskets[factor.Basket - 1])
                problems.Add($"'{factor.Id}': basket {factor.Basket} is not one of the 18 system baskets");
            if (string.IsNullOrWhiteSpace(factor.Description)) problems.Add($"'{factor.Id}': no description");
            if (!HasText(factor.Keywords)) problems.Add($"'{factor.Id}': no keywords");
            if (!HasText(factor.Aliases)) problems.Add($"'{factor.Id}': no aliases");
            if (!HasText(factor.EntityPatterns)) problems.Add($"'{factor.Id}': no entity patterns");
            if (!HasText(factor.PatternExamples)) problems.Add($"'{factor.Id}': no pattern examples");
        }
        Assert.True(Taxonomy.Factors.Count >= 70, $"only {Taxonomy.Factors.Count} factors");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Aliases_are_other_names_and_neither_repeat_a_keyword_nor_name_two_factors()
    {
        var problems = new List<string>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var factor in Taxonomy.Factors)
        {
            var keywordKeys = factor.Keywords.Concat(factor.WeakKeywords).Select(LexiconKey).ToHashSet(StringComparer.Ordinal);
            foreach (var alias in factor.Aliases)
            {
                var key = LexiconKey(alias);
                if (key.Length == 0) problems.Add($"'{factor.Id}': alias '{alias}' has no words");
                if (keywordKeys.Contains(key)) problems.Add($"'{factor.Id}': alias '{alias}' is already a keyword");
                if (owners.TryGetValue(key, out var owner) && owner != factor.Id) problems.Add($"alias '{alias}' names both '{owner}' and '{factor.Id}'");
                owners.TryAdd(key, factor.Id);
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(FactorIds))]
    public void Every_entity_pattern_compiles_and_recognises_one_of_its_examples(string id)
    {
        var factor = Taxonomy.Factor(id);
        // The same text the entity stage sees: normalised title and its tokens.
        var examples = factor.PatternExamples.Select(e => TestPipeline.RunThrough<TokenizeStage>(TestPipeline.Kalshi(e))).ToList();
        foreach (var pattern in factor.EntityPatterns)
        {
            bool Recognises(CategorizationContext example)
            {
                if (pattern.StartsWith(RiskFactor.RegexPrefix, StringComparison.Ordinal))
                    return new Regex(pattern[RiskFactor.RegexPrefix.Length..], EntityRecognizer.PatternOptions).IsMatch(example.Title);
                var hits = new List<PhraseHit<int>>();
                new PhraseIndex<int>([(pattern, 0)], matchOnStems: false).FindLongestMatches(example.Tokens, hits);
                return hits.Count > 0;
            }

            Assert.True(examples.Any(Recognises), $"'{id}': pattern '{pattern}' matches none of {string.Join(" | ", factor.PatternExamples)}");
        }
    }

    [Theory]
    [MemberData(nameof(FactorIds))]
    public void Every_pattern_example_gives_its_factor_entity_evidence_in_the_pipeline(string id)
    {
        var factor = Taxonomy.Factor(id);
        Assert.All(factor.PatternExamples, example =>
        {
            var context = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi(example));
            Assert.True(context.EntityScores[factor.Index] > 0, $"'{id}': no entity evidence for '{example}'");
        });
    }

    [Fact]
    public void Pattern_examples_are_not_titles_of_the_labeled_sets()
    {
        // Examples document the patterns; a copy of an evaluation title would blur what the quality test measures.
        var labeled = new[] { LabeledMarketFile.TrainingFileName, LabeledMarketFile.DevelopmentFileName, LabeledMarketFile.EvaluationFileName }
            .SelectMany(file => LabeledMarketFile.Read(LabeledMarketFile.DataPath(file)))
            .Select(row => Masked(row.Title))
            .ToHashSet(StringComparer.Ordinal);
        var copies = Taxonomy.Factors.SelectMany(f => f.PatternExamples).Where(e => labeled.Contains(Masked(e))).ToList();
        Assert.True(copies.Count == 0, string.Join(Environment.NewLine, copies));
    }

    private static bool HasText(IReadOnlyList<string> values) => values.Count > 0 && values.All(v => !string.IsNullOrWhiteSpace(v));

    private static string LexiconKey(string phrase) => PhraseIndex<LexiconEntry>.KeyOf(phrase, matchOnStems: true);

    private static string Masked(string title) => Digits().Replace(TextNormalizer.Normalize(title), "#");

    // The form ARCHITECTURE.md and the issue use (energy.crude-oil), written out here rather than taken from the loader.
    [GeneratedRegex("^[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex DocumentedId();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
