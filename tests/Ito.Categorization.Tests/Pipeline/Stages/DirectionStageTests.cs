using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class DirectionStageTests
{
    [Theory]
    [InlineData("Will WTI close above $90?", MarketDirection.Up)]
    [InlineData("Will the Fed cut in March?", MarketDirection.Down)]
    [InlineData("Will the Fed hike rates in 2026?", MarketDirection.Up)]
    [InlineData("Will CPI be below 3%?", MarketDirection.Down)]
    [InlineData("Will Bitcoin hit $150k", MarketDirection.Up)]
    [InlineData("Will gold fall below $3,000 this year?", MarketDirection.Down)]
    [InlineData("Will the S&P 500 drop more than 10% in 2026?", MarketDirection.Down)]
    [InlineData("Will the unemployment rate be 4.5% or higher in May?", MarketDirection.Up)]
    public void Says_which_way_yes_moves_the_primary_factor(string title, MarketDirection expected)
    {
        var context = TestPipeline.RunThrough<DirectionStage>(TestPipeline.Kalshi(title));
        Assert.Equal(expected, context.Direction);
    }

    [Theory]
    [InlineData("Will the Chiefs win the Super Bowl?")]
    [InlineData("Who will win the 2028 presidential election?")]
    [InlineData("Will the Fed hold rates steady in January?")]
    [InlineData("Bitcoin up or down on Friday?")]
    [InlineData("Highest temperature in NYC tomorrow between 70 and 71°F?")]
    public void Says_none_for_events_holds_and_two_sided_questions(string title)
    {
        var context = TestPipeline.RunThrough<DirectionStage>(TestPipeline.Kalshi(title));
        Assert.Equal(MarketDirection.None, context.Direction);
    }
}
