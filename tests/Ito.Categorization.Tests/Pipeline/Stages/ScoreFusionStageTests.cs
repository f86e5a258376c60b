using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class ScoreFusionStageTests
{
    [Fact]
    public void Produces_probabilities_that_sum_to_one_and_a_primary_factor_in_the_chosen_basket()
    {
        var context = TestPipeline.RunThrough<ScoreFusionStage>(TestPipeline.Kalshi("Will Bitcoin close above $120,000 on Friday?", "Crypto"));
        Assert.InRange(context.Probabilities.Sum(), 0.999, 1.001);
        Assert.InRange(context.BasketProbabilities.Sum(), 0.999, 1.001);
        Assert.Equal(7, context.Basket);
        Assert.Equal("crypto.bitcoin", TestPipeline.Taxonomy.Factors[context.PrimaryFactor].Id);
        Assert.Equal(context.PrimaryFactor, context.RankedFactors[0]);
        Assert.InRange(context.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Ranks_factors_by_fused_score_after_the_primary_one()
    {
        var context = TestPipeline.RunThrough<ScoreFusionStage>(TestPipeline.Kalshi("Will the Fed cut rates and will gold rise?"));
        var scores = context.RankedFactors.Skip(1).Select(f => context.FusedScores[f]).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.True(context.RankedFactors.Count <= ScoreFusionStage.RankedCount);
    }

    [Fact]
    public void A_venue_prior_alone_is_weak_evidence()
    {
        var context = TestPipeline.RunThrough<ScoreFusionStage>(TestPipeline.Kalshi("zzqx vvbn", "Sports"));
        Assert.True(context.Confidence < 0.9);
    }

    [Fact]
    public void Without_any_evidence_there_is_no_primary_factor()
    {
        var stage = new ScoreFusionStage(TestPipeline.Taxonomy, new CategorizationOptions());
        var context = new CategorizationContext(TestPipeline.Kalshi(""), TestPipeline.Taxonomy);
        stage.Run(context);
        Assert.Equal(SystemBasket.ReviewQueue, context.Basket);
        Assert.Equal(-1, context.PrimaryFactor);
        Assert.Equal(0, context.Confidence);
    }

    [Fact]
    public void A_lower_temperature_gives_a_sharper_confidence()
    {
        var market = TestPipeline.Kalshi("Will the Fed cut rates in March?");
        double ConfidenceAt(double temperature)
        {
            var context = TestPipeline.RunThrough<MlClassifierStage>(market);
            new ScoreFusionStage(TestPipeline.Taxonomy, new CategorizationOptions { FusionTemperature = temperature }).Run(context);
            return context.Confidence;
        }
        Assert.True(ConfidenceAt(0.15) > ConfidenceAt(0.8));
    }
}
