using System.Text.Json;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Tests.Pipeline;

public sealed class CategorizationPipelineTests
{
    private static readonly MarketText[] Markets =
    [
        TestPipeline.Kalshi("Will WTI close above $90 on Dec 31?", "Financials"),
        TestPipeline.Polymarket("Fed decision in March: 25 bps cut?", "Economy", "Fed Rates"),
        TestPipeline.Polymarket("Will Marine Le Pen win the 2027 French presidential election?"),
        TestPipeline.Kalshi("Lakers vs Celtics: Lakers win?", "Sports"),
        TestPipeline.Kalshi("Will the Supreme Court strike down the tariffs?"),
    ];

    [Fact]
    public void Runs_the_ten_stages_in_order()
    {
        Assert.Equal(
            ["normalize", "tokenize", "venue-category", "entities", "lexicon", "ml-classifier", "score-fusion", "direction", "system-basket", "override-review"],
            TestPipeline.Instance.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Same_input_gives_an_identical_result()
    {
        foreach (var market in Markets)
        {
            var first = JsonSerializer.Serialize(TestPipeline.Instance.Categorize(market));
            var second = JsonSerializer.Serialize(TestPipeline.Instance.Categorize(market));
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void A_separately_built_pipeline_gives_the_same_results()
    {
        var other = CategorizationPipeline.CreateDefault();
        foreach (var market in Markets)
            Assert.Equal(JsonSerializer.Serialize(TestPipeline.Instance.Categorize(market)), JsonSerializer.Serialize(other.Categorize(market)));
    }

    [Fact]
    public void Concurrent_calls_give_the_same_results_as_sequential_ones()
    {
        var inputs = Enumerable.Range(0, 400).Select(i => Markets[i % Markets.Length] with { Title = Markets[i % Markets.Length].Title + " " + (i % 7) }).ToArray();
        var sequential = inputs.Select(m => JsonSerializer.Serialize(TestPipeline.Instance.Categorize(m))).ToArray();
        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = JsonSerializer.Serialize(TestPipeline.Instance.Categorize(inputs[i])));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Stamps_the_pipeline_version_and_one_contribution_per_stage()
    {
        var result = TestPipeline.Instance.Categorize(Markets[0]);
        Assert.Equal(PipelineVersion.Current, result.PipelineVersion);
        Assert.Matches(@"^\d{4}\.\d{1,2}\.\d+$", result.PipelineVersion);
        Assert.Equal(TestPipeline.Instance.Stages.Select(s => s.Name), result.Contributions.Select(c => c.Stage));
        Assert.NotEmpty(result.Contributions.Single(c => c.Stage == "lexicon").Factors);
    }

    [Fact]
    public void Ranks_risk_factors_with_confidences_between_0_and_1()
    {
        var result = TestPipeline.Instance.Categorize(Markets[1]);
        Assert.InRange(result.RiskFactors.Count, 1, 5);
        Assert.All(result.RiskFactors, f => Assert.InRange(f.Confidence, 0, 1));
        Assert.Equal("rates.fed-funds", result.PrimaryRiskFactor);
        Assert.Equal(4, result.SystemBasket);
        Assert.Equal("monetary-policy-rates", result.SystemBasketSlug);
        Assert.Equal(MarketDirection.Down, result.Direction);
    }
}
