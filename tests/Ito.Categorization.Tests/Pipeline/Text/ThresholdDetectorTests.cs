using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Pipeline.Text;

public sealed class ThresholdDetectorTests
{
    private static List<Threshold> Detect(string title)
    {
        var tokens = MarketTokenizer.Tokenize(TextNormalizer.Normalize(title), TextField.Title);
        var thresholds = new List<Threshold>();
        ThresholdDetector.Detect(tokens, tokens.Count, thresholds);
        return thresholds;
    }

    [Theory]
    [InlineData("Will WTI close above $90?", MarketDirection.Up, 90, TokenKind.Money)]
    [InlineData("Will CPI be below 3%?", MarketDirection.Down, 3, TokenKind.Percent)]
    [InlineData("Unemployment over 4.5% in May?", MarketDirection.Up, 4.5, TokenKind.Percent)]
    [InlineData("Will the US add more than 200k jobs?", MarketDirection.Up, 200_000, TokenKind.Number)]
    [InlineData("Bitcoin $150k or more by June?", MarketDirection.Up, 150_000, TokenKind.Money)]
    [InlineData("Gas prices less than $3 on July 4?", MarketDirection.Down, 3, TokenKind.Money)]
    [InlineData("High temp between 70 and 71°F?", MarketDirection.None, 70, TokenKind.Number)]
    public void Finds_the_comparator_and_its_value(string title, MarketDirection comparator, double value, TokenKind unit)
    {
        var thresholds = Detect(title);
        Assert.NotEmpty(thresholds);
        var threshold = thresholds[0];
        Assert.Equal(comparator, threshold.Comparator);
        Assert.Equal(value, threshold.Value, 6);
        Assert.Equal(unit, threshold.Unit);
    }

    [Fact]
    public void Finds_nothing_without_a_number()
    {
        Assert.Empty(Detect("Will the Chiefs win the Super Bowl?"));
    }
}
