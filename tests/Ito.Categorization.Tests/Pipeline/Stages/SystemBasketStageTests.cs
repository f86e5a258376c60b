using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

/// <summary>ARCHITECTURE.md's tie-breaks between baskets, one case each.</summary>
public sealed class SystemBasketStageTests
{
    [Theory]
    [InlineData("Will the Republican nominee win the 2028 presidential election?", 1)]
    [InlineData("Will Marine Le Pen win the 2027 French presidential election?", 3)]
    [InlineData("Will the Supreme Court strike down Trump's tariffs?", 17)]
    [InlineData("Will the SEC sue Coinbase in 2026?", 17)]
    [InlineData("Will the Bank of Japan raise interest rates in January?", 4)]
    [InlineData("Will the 10-year Treasury yield close above 5%?", 4)]
    [InlineData("Will US CPI inflation be above 3% in December?", 5)]
    [InlineData("Will Germany's inflation rate be above 2% in December?", 18)]
    [InlineData("Will EUR/USD be above 1.20 at year end?", 18)]
    [InlineData("Will Nvidia stock close above $200 on Friday?", 6)]
    [InlineData("Will Apple release a foldable iPhone in 2026?", 11)]
    [InlineData("Will the SEC approve a spot XRP ETF in 2025?", 7)]
    [InlineData("Will Brent crude close above $80?", 8)]
    [InlineData("Will copper hit a record high this year?", 9)]
    [InlineData("Will a Category 5 hurricane hit Florida?", 10)]
    [InlineData("Will the FDA approve orforglipron this year?", 12)]
    [InlineData("Will Trump impose 50% tariffs on Brazil?", 13)]
    [InlineData("Will the Lakers beat the Celtics tonight?", 14)]
    [InlineData("Will Wicked: For Good win Best Picture at the Oscars?", 15)]
    [InlineData("Will Starship reach orbit on its next launch?", 16)]
    [InlineData("Will Russia and Ukraine agree to a ceasefire in 2026?", 3)]
    [InlineData("Will there be a government shutdown on October 1?", 2)]
    [InlineData("Will Pete Hegseth resign as Defense Secretary in 2026?", 2)]
    [InlineData("Will Anthropic IPO in 2026?", 6)]
    [InlineData("Will Meta shares rise after it launches new smart glasses?", 11)]
    [InlineData("Will the ECB cut rates as eurozone inflation falls?", 4)]
    [InlineData("Will Canada's GDP shrink in Q1 2026?", 18)]
    [InlineData("Will US GDP shrink in Q1 2026?", 5)]
    public void Puts_the_market_in_the_basket_the_architecture_names(string title, int basket)
    {
        var context = TestPipeline.RunThrough<SystemBasketStage>(TestPipeline.Kalshi(title));
        Assert.Equal(basket, context.Basket);
        Assert.Equal(basket, TestPipeline.Taxonomy.Factors[context.PrimaryFactor].Basket);
    }

    [Fact]
    public void Records_which_tie_break_moved_the_market()
    {
        var context = TestPipeline.RunThrough<SystemBasketStage>(TestPipeline.Kalshi("Will Marine Le Pen win the 2027 French presidential election?"));
        Assert.Contains("election-jurisdiction", context.Contributions.Last().Summary);
    }
}
