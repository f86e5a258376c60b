using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class MlClassifierStageTests
{
    [Fact]
    public void Puts_most_probability_on_the_right_factor_for_a_clear_title()
    {
        var context = TestPipeline.RunThrough<MlClassifierStage>(TestPipeline.Kalshi("Will the Fed cut interest rates in March?"));
        var best = Enumerable.Range(0, context.MlScores.Length).MaxBy(f => context.MlScores[f]);
        Assert.Equal("rates.fed-funds", TestPipeline.Taxonomy.Factors[best].Id);
        Assert.InRange(context.MlScores.Sum(), 0.99, 1.01);
    }

    [Fact]
    public void Abstains_without_a_model_or_a_title()
    {
        var withoutModel = new CategorizationContext(TestPipeline.Kalshi("Will the Fed cut?"), TestPipeline.Taxonomy) { Title = "will the fed cut?" };
        new MlClassifierStage(null).Run(withoutModel);
        Assert.All(withoutModel.MlScores, p => Assert.Equal(0, p));
        Assert.Equal("no model loaded", withoutModel.Contributions.Single().Summary);

        var empty = TestPipeline.RunThrough<MlClassifierStage>(TestPipeline.Kalshi(""));
        Assert.All(empty.MlScores, p => Assert.Equal(0, p));
    }
}
