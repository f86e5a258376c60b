using Ito.Categorization.Markets;
using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.Categorization.Tests.Markets;

/// <summary>The stored verdict's rules: when a text counts as the same, and when an outcome is worth announcing.</summary>
public sealed class MarketCategorizationTests
{
    private static readonly MarketId Id = MarketId.For(Venue.Kalshi, "KXFED-25DEC-T4.25");
    private static readonly DateTimeOffset At = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static MarketUpserted Upserted(string title, IReadOnlyList<string>? tags = null) =>
        new(Id, null, title, null, null, null, "Economics", tags ?? ["Fed"], MarketStatus.Open, null, At);

    private static CategorizationResult Result(int basket, double confidence = 0.9, string version = PipelineVersion.Current, string[]? factors = null) =>
        new(basket, "slug", basket, MarketDirection.Up, confidence,
            (factors ?? []).Select(f => new RankedRiskFactor(f, confidence)).ToList(), version, basket == 0, false, []);

    [Fact]
    public void The_content_hash_follows_every_field_the_pipeline_reads()
    {
        var text = ReceivedMarketText.From(Upserted("Will the Fed cut?"));

        Assert.Equal(text.ContentHash(), ReceivedMarketText.From(Upserted("Will the Fed cut?")).ContentHash());
        Assert.NotEqual(text.ContentHash(), ReceivedMarketText.From(Upserted("Will the Fed hike?")).ContentHash());
        Assert.NotEqual(text.ContentHash(), ReceivedMarketText.From(Upserted("Will the Fed cut?", ["Fed", "Rates"])).ContentHash());
        Assert.NotEqual(text.ContentHash(), (text with { Venue = MarketText.Polymarket }).ContentHash());
        Assert.Matches("^[0-9a-f]{64}$", text.ContentHash());
    }

    [Fact]
    public void Text_is_kept_without_NUL_characters_and_a_null_title_reads_as_empty()
    {
        var text = ReceivedMarketText.From(Upserted("Will\0 the Fed cut?") with { Subtitle = "a\0b", Title = null! });
        Assert.Equal("", text.Title);
        Assert.Equal("ab", text.Subtitle);
        Assert.Equal("kalshi", text.Venue);
        Assert.Equal(text, ReceivedMarketText.FromJson(text.ToJson()) with { Tags = text.Tags });
    }

    [Fact]
    public void The_first_result_is_always_announced_then_only_changes_are()
    {
        var market = MarketCategorization.Receive(Id, ReceivedMarketText.From(Upserted("Will the Fed cut?")), At);

        Assert.True(market.Record(Result(4, factors: ["rates.fed-funds"]), At));
        Assert.False(market.Record(Result(4, factors: ["rates.fed-funds"]), At.AddMinutes(1)));
        Assert.Equal(At, market.CategorizedAt);
        Assert.True(market.Record(Result(4, 0.8, factors: ["rates.fed-funds"]), At.AddMinutes(2)));
        Assert.True(market.Record(Result(4, 0.8, factors: ["rates.fed-funds", "macro.us-cpi"]), At.AddMinutes(3)));
        Assert.True(market.Record(Result(0, 0.8, factors: ["rates.fed-funds", "macro.us-cpi"]), At.AddMinutes(4)));
        Assert.Equal(0, market.ToEvent().SystemBasket);
        Assert.Equal(At.AddMinutes(4), market.ToEvent().At);
    }

    [Fact]
    public void A_new_pipeline_version_with_the_same_outcome_is_stored_but_not_announced()
    {
        var market = MarketCategorization.Receive(Id, ReceivedMarketText.From(Upserted("Will the Fed cut?")), At);
        market.Record(Result(4, version: "2025.1.0", factors: ["rates.fed-funds"]), At);
        Assert.False(market.IsCurrentFor(market.Text));

        Assert.False(market.Record(Result(4, factors: ["rates.fed-funds"]), At.AddDays(1)));

        Assert.Equal(PipelineVersion.Current, market.PipelineVersion);
        Assert.True(market.IsCurrentFor(ReceivedMarketText.From(Upserted("Will the Fed cut?"))));
        Assert.False(market.IsCurrentFor(ReceivedMarketText.From(Upserted("Will the Fed hike?"))));
    }

    [Fact]
    public void Confidences_are_clamped_and_rounded_for_the_wire()
    {
        var market = MarketCategorization.Receive(Id, ReceivedMarketText.From(Upserted("x")), At);
        market.Record(Result(4, 0.123456, factors: ["rates.fed-funds"]), At);
        Assert.Equal(0.1235m, market.Confidence);
        market.Record(Result(4, double.NaN, factors: ["rates.fed-funds"]), At);
        Assert.Equal(0m, market.Confidence);
        Assert.Equal(Direction.Up, market.Direction);
    }
}
