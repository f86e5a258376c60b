using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Tests.Pipeline;

/// <summary>Whatever a venue sends, the pipeline answers: a best effort or the review queue, never an exception.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, MarketText> Inputs => new()
    {
        { "empty title", new MarketText("kalshi", "") },
        { "whitespace only", new MarketText("polymarket", " \t\n ") },
        { "10 KB title", new MarketText("kalshi", string.Concat(Enumerable.Repeat("Will the Fed cut rates? ", 430))) },
        { "1 MB rules", new MarketText("kalshi", "Will gold rise?", RulesText: new string('x', 1_000_000)) },
        { "non-English", new MarketText("polymarket", "¿Ganará el Real Madrid la Liga? 皇马会赢吗？ Выиграет ли Реал?") },
        { "emoji only", new MarketText("polymarket", "🚀🚀🌕💎🙌") },
        { "html and script", new MarketText("kalshi", "<script>alert('x')</script><img src=x onerror=alert(1)>Will <b>BTC</b> hit $200k?") },
        { "unknown category and tags", new MarketText("kalshi", "Will it rain?", VenueCategory: "Zorblax", Tags: ["???", "", "  "]) },
        { "unknown venue", new MarketText("", "Will oil rise?") },
        { "null optional fields", new MarketText("kalshi", "Will oil rise?", null, null, null, null, null, null) },
        { "control characters", new MarketText("kalshi", "Will\0 the\u0007 Fed\u001b cut\uFFFF?") },
        { "lone surrogate", new MarketText("kalshi", "Will \uD83D the Fed cut?") },
        { "numbers only", new MarketText("kalshi", "2026 $1,000,000 3.5% 1e9") },
        { "unclosed markup", new MarketText("kalshi", "<div<<<<script") },
        { "huge tag list", new MarketText("polymarket", "Will ETH rise?", Tags: Enumerable.Range(0, 5000).Select(i => "tag" + i).ToArray()) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Never_throws_and_returns_a_well_formed_result(string description, MarketText market)
    {
        var result = TestPipeline.Instance.Categorize(market);
        Assert.True(result.SystemBasket is >= 0 and <= 18, description);
        Assert.InRange(result.Confidence, 0, 1);
        Assert.Equal(result.SystemBasket == 0, result.NeedsReview);
        Assert.Equal(PipelineVersion.Current, result.PipelineVersion);
        Assert.DoesNotContain(result.Contributions, c => c.Summary.StartsWith("failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_without_evidence_goes_to_the_review_queue()
    {
        var result = TestPipeline.Instance.Categorize(new MarketText("polymarket", "🚀🚀🌕💎🙌"));
        Assert.Equal(0, result.SystemBasket);
        Assert.True(result.NeedsReview);
        Assert.Empty(result.RiskFactors);
    }

    [Fact]
    public void A_best_effort_survives_noise_around_a_clear_signal()
    {
        var result = TestPipeline.Instance.Categorize(new MarketText("kalshi", "<script>alert('x')</script>🚀 Will <b>Bitcoin</b> hit $200k?"));
        Assert.Equal(7, result.SystemBasket);
        Assert.Equal("crypto.bitcoin", result.PrimaryRiskFactor);
    }

    [Fact]
    public void A_failing_stage_sends_the_market_to_review_instead_of_throwing()
    {
        var stages = TestPipeline.Instance.Stages.Take(3).Append(new ThrowingStage()).ToList();
        var pipeline = new CategorizationPipeline(TestPipeline.Taxonomy, new CategorizationOptions(), stages);
        var result = pipeline.Categorize(new MarketText("kalshi", "Will the Fed cut rates?"));
        Assert.Equal(0, result.SystemBasket);
        Assert.True(result.NeedsReview);
        Assert.Equal("failed: InvalidOperationException", result.Contributions.Last().Summary);
    }

    private sealed class ThrowingStage : ICategorizationStage
    {
        public string Name => "throwing";

        public void Run(CategorizationContext context) => throw new InvalidOperationException("stage bug");
    }
}
