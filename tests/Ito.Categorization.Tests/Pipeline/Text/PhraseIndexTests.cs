using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Text;

public sealed class PhraseIndexTests
{
    [Fact]
    public void Prefers_the_longest_phrase_and_does_not_rematch_its_words()
    {
        var index = new PhraseIndex<string>([("bitcoin", "btc"), ("bitcoin cash", "bch"), ("cash", "usd")], matchOnStems: false);
        var tokens = MarketTokenizer.Tokenize("will bitcoin cash beat bitcoin", TextField.Title);
        var hits = new List<PhraseHit<string>>();
        index.FindLongestMatches(tokens, hits);
        Assert.Equal(["bch", "btc"], hits.SelectMany(h => h.Payloads));
    }

    [Fact]
    public void Matches_stemmed_phrases_across_inflections()
    {
        var index = new PhraseIndex<int>([("rate cut", 1)], matchOnStems: true);
        var tokens = MarketTokenizer.Tokenize("two rate cuts in march", TextField.Title);
        var hits = new List<PhraseHit<int>>();
        index.FindLongestMatches(tokens, hits);
        Assert.Equal(1, Assert.Single(hits).Payloads[0]);
    }

    [Fact]
    public void Does_not_match_a_phrase_across_fields()
    {
        var index = new PhraseIndex<int>([("fed chair", 1)], matchOnStems: false);
        var tokens = MarketTokenizer.Tokenize("will the fed", TextField.Title);
        MarketTokenizer.Tokenize("chair", TextField.Context, tokens);
        var hits = new List<PhraseHit<int>>();
        index.FindLongestMatches(tokens, hits);
        Assert.Empty(hits);
    }
}
