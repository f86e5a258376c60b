using Ito.Categorization.Pipeline.Lexicon;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class LexiconStageTests
{
    private static int Factor(string id) => TestPipeline.Taxonomy.Factor(id).Index;

    [Fact]
    public void Scores_factor_keywords_through_inflections()
    {
        var context = TestPipeline.RunThrough<LexiconStage>(TestPipeline.Kalshi("How many rate cuts will the FOMC make?"));
        var fed = Factor("rates.fed-funds");
        Assert.Equal(fed, Enumerable.Range(0, context.LexiconScores.Length).MaxBy(f => context.LexiconScores[f]));
    }

    [Fact]
    public void Weighs_a_phrase_above_a_single_word()
    {
        var lexicon = new FactorLexicon(TestPipeline.Taxonomy);
        Assert.True(lexicon.Phrases.TryGet("government shutdown", out var phrase));
        Assert.True(lexicon.Phrases.TryGet("shutdown", out var word));
        Assert.True(phrase.Max(e => e.Weight) > word.Max(e => e.Weight));
    }

    [Fact]
    public void Scores_an_alias_as_a_keyword_of_its_factor()
    {
        var fx = Factor("fx.currencies");
        Assert.Contains("greenback", TestPipeline.Taxonomy.Factors[fx].Aliases);
        Assert.DoesNotContain("greenback", TestPipeline.Taxonomy.Factors[fx].Keywords);

        var context = TestPipeline.RunThrough<LexiconStage>(TestPipeline.Kalshi("Will the greenback weaken?"));
        Assert.Equal(FactorLexicon.SingleWordWeight, context.LexiconScores[fx]);
        Assert.Equal(fx, Enumerable.Range(0, context.LexiconScores.Length).MaxBy(f => context.LexiconScores[f]));
    }

    [Fact]
    public void Counts_title_words_more_than_rules_text()
    {
        var inTitle = TestPipeline.RunThrough<LexiconStage>(TestPipeline.Kalshi("tariffs"));
        var inRules = TestPipeline.RunThrough<LexiconStage>(new Ito.Categorization.Pipeline.MarketText("kalshi", "x", RulesText: "tariffs"));
        var tariffs = Factor("trade.us-tariffs");
        Assert.True(inTitle.LexiconScores[tariffs] > inRules.LexiconScores[tariffs]);
        Assert.True(inRules.LexiconScores[tariffs] > 0);
    }
}
