using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class NormalizeStageTests
{
    [Fact]
    public void Normalizes_every_field_and_collects_category_and_tags_once()
    {
        var market = new MarketText(MarketText.Polymarket, "  Will <i>Gold</i> hit $4,000? ", Subtitle: "Résumé", RulesText: "Resolves &amp; settles",
            EventTitle: "Gold 2026", VenueCategory: "Economics", Tags: ["Pop Culture", "POP culture", " Crypto "]);
        var context = TestPipeline.RunThrough<NormalizeStage>(market);

        Assert.Equal("will gold hit $4,000?", context.Title);
        Assert.Equal("resume gold 2026", context.Context);
        Assert.Equal("resolves & settles", context.Rules);
        Assert.Equal(["economics", "pop culture", "crypto"], context.VenueLabels);
        Assert.Equal("normalize", context.Contributions.Single().Stage);
    }

    [Fact]
    public void Caps_a_huge_title_at_the_configured_length()
    {
        var stage = new NormalizeStage(new CategorizationOptions { MaxTextLength = 100 });
        var context = new CategorizationContext(TestPipeline.Kalshi(string.Concat(Enumerable.Repeat("oil price ", 1000))), TestPipeline.Taxonomy);
        stage.Run(context);
        Assert.InRange(context.Title.Length, 1, 100);
    }
}
