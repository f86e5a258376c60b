using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class TokenizeStageTests
{
    [Fact]
    public void Tokenizes_title_context_and_rules_with_their_fields_and_title_thresholds()
    {
        var market = new MarketText(MarketText.Kalshi, "Will WTI close above $90?", Subtitle: "Oil market", RulesText: "Settles below $200 per the EIA.");
        var context = TestPipeline.RunThrough<TokenizeStage>(market);

        Assert.Equal(TextField.Title, context.Tokens[0].Field);
        Assert.Contains(context.Tokens, t => t.Field == TextField.Context && t.Text == "oil");
        Assert.Contains(context.Tokens, t => t.Field == TextField.Rules && t.Text == "eia");
        var threshold = Assert.Single(context.Thresholds); // the rules' "below $200" is not a title threshold
        Assert.Equal(MarketDirection.Up, threshold.Comparator);
        Assert.Equal(90, threshold.Value);
        Assert.Equal(5, context.TitleTokenCount);
    }

    [Fact]
    public void Tokenizes_only_the_start_of_long_rules_text()
    {
        var rules = string.Concat(Enumerable.Repeat("word ", 2000));
        var context = TestPipeline.RunThrough<TokenizeStage>(new MarketText(MarketText.Kalshi, "Title", RulesText: rules));
        Assert.True(context.Tokens.Count(t => t.Field == TextField.Rules) <= TokenizeStage.RulesPrefixLength / 2);
    }
}
