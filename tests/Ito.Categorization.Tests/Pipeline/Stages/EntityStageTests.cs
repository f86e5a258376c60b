using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Stages;

namespace Ito.Categorization.Tests.Pipeline.Stages;

public sealed class EntityStageTests
{
    private static int Factor(string id) => TestPipeline.Taxonomy.Factor(id).Index;

    [Fact]
    public void Recognizes_crypto_commodities_and_central_banks_as_factor_evidence()
    {
        var context = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi("Will the ECB cut while Bitcoin and WTI rally?"));
        Assert.Contains(context.Entities, e => e.Kind == EntityKind.CentralBank && e.Country == "EU");
        Assert.True(context.EntityScores[Factor("crypto.bitcoin")] > 0);
        Assert.True(context.EntityScores[Factor("energy.crude-oil")] > 0);
        Assert.True(context.EntityScores[Factor("rates.ecb")] > 0);
    }

    [Fact]
    public void Tells_us_from_non_us_places_and_people()
    {
        var foreign = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi("Will Marine Le Pen win the French election?"));
        Assert.Contains(foreign.Entities, e => e.Kind == EntityKind.WorldLeader && e.Country == "FR");
        Assert.DoesNotContain(foreign.Entities, e => e.IsUs);

        var domestic = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi("Will Gavin Newsom win in Texas?"));
        Assert.Contains(domestic.Entities, e => e.Kind == EntityKind.UsPolitician);
        Assert.Contains(domestic.Entities, e => e.Kind == EntityKind.UsPlace && e.IsUs);
    }

    [Fact]
    public void Recognizes_athletes_companies_and_taxonomy_patterns()
    {
        var context = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi("Will Shohei Ohtani or Nvidia beat the S&P 500 and GPT-5?"));
        Assert.True(context.EntityScores[Factor("sports.mlb")] > 0);
        Assert.Contains(context.Entities, e => e.Kind == EntityKind.TechCompany);
        Assert.True(context.EntityScores[Factor("equities.sp500")] > 0);
        Assert.True(context.EntityScores[Factor("tech.ai-models")] > 0);
    }

    [Fact]
    public void Prefers_the_longest_name()
    {
        var context = TestPipeline.RunThrough<EntityStage>(TestPipeline.Kalshi("Will Bitcoin Cash flip Litecoin?"));
        Assert.DoesNotContain(context.Entities, e => e.Name == "bitcoin");
        Assert.Contains(context.Entities, e => e.Name == "bitcoin cash");
    }
}
