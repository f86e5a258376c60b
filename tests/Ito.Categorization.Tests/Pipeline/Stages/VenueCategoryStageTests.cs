using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class VenueCategoryStageTests
{
    [Fact]
    public void Maps_a_kalshi_series_category_to_basket_priors()
    {
        var context = TestPipeline.RunThrough<VenueCategoryStage>(TestPipeline.Kalshi("anything", "Climate and Weather"));
        Assert.Equal(1.0, context.BasketPriors[10]);
        Assert.Equal(0, context.BasketPriors[14]);
    }

    [Fact]
    public void Maps_gamma_tags_taking_the_strongest_prior_per_basket()
    {
        var context = TestPipeline.RunThrough<VenueCategoryStage>(TestPipeline.Polymarket("anything", "Economy", "Fed Rates"));
        Assert.Equal(1.0, context.BasketPriors[4]);
        Assert.True(context.BasketPriors[5] > 0);
    }

    [Fact]
    public void Ignores_unknown_categories()
    {
        var context = TestPipeline.RunThrough<VenueCategoryStage>(TestPipeline.Polymarket("anything", "Totally New Tag"));
        Assert.All(context.BasketPriors, prior => Assert.Equal(0, prior));
        Assert.Equal("no known venue category", context.Contributions.Last().Summary);
    }
}
