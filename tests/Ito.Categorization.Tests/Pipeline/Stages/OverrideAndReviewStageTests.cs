using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class OverrideAndReviewStageTests
{
    [Fact]
    public void A_factor_override_wins_and_implies_its_basket()
    {
        var market = TestPipeline.Kalshi("Will Bitcoin close above $100k?") with { Override = new CategorizationOverride(RiskFactorId: "equities.single-stocks") };
        var result = TestPipeline.Instance.Categorize(market);
        Assert.Equal(6, result.SystemBasket);
        Assert.Equal("equities.single-stocks", result.PrimaryRiskFactor);
        Assert.Equal(1.0, result.Confidence);
        Assert.True(result.Overridden);
        Assert.False(result.NeedsReview);
    }

    [Fact]
    public void A_basket_override_keeps_the_best_factor_inside_that_basket()
    {
        var market = TestPipeline.Kalshi("Will the Fed cut rates as CPI falls?") with { Override = new CategorizationOverride(SystemBasket: 5) };
        var result = TestPipeline.Instance.Categorize(market);
        Assert.Equal(5, result.SystemBasket);
        Assert.Equal(5, TestPipeline.Taxonomy.Factor(result.PrimaryRiskFactor!).Basket);
    }

    [Fact]
    public void An_override_rescues_a_market_from_the_review_queue()
    {
        var market = TestPipeline.Kalshi("qwxz") with { Override = new CategorizationOverride(SystemBasket: 15) };
        var result = TestPipeline.Instance.Categorize(market);
        Assert.Equal(15, result.SystemBasket);
        Assert.False(result.NeedsReview);
    }

    [Fact]
    public void An_unusable_override_is_ignored()
    {
        var market = TestPipeline.Kalshi("Will the Fed cut rates in March?") with { Override = new CategorizationOverride(SystemBasket: 42, RiskFactorId: "no.such-factor") };
        var result = TestPipeline.Instance.Categorize(market);
        Assert.Equal(4, result.SystemBasket);
        Assert.False(result.Overridden);
    }

    [Fact]
    public void Low_confidence_goes_to_the_review_queue_as_basket_0()
    {
        var strict = CategorizationPipelineFactory.WithReviewThreshold(0.999);
        var result = strict.Categorize(TestPipeline.Kalshi("Will it happen before Friday?"));
        Assert.Equal(0, result.SystemBasket);
        Assert.Equal("review", result.SystemBasketSlug);
        Assert.True(result.NeedsReview);
        Assert.NotEqual(0, result.ProposedBasket);
    }

    [Fact]
    public void Confident_results_are_accepted()
    {
        var result = TestPipeline.Instance.Categorize(TestPipeline.Kalshi("Will the Fed cut rates in March?", "Economics"));
        Assert.False(result.NeedsReview);
        Assert.True(result.Confidence >= new CategorizationOptions().ReviewThreshold);
    }
}
