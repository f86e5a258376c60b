using Ito.Categorization.Model;

namespace Ito.Categorization.Tests.Model;

/// <summary>The labeled sets: big enough, valid labels, covering every basket, and never sharing a title.</summary>
public sealed class DataSetTests
{
    private static IReadOnlyList<LabeledMarket> Read(string file) => LabeledMarketFile.Read(LabeledMarketFile.DataPath(file));

    [Fact]
    public void Training_set_has_at_least_1500_titles_from_both_venues()
    {
        var rows = Read(LabeledMarketFile.TrainingFileName);
        Assert.True(rows.Count >= 1500, $"{rows.Count} rows");
        Assert.Contains(rows, r => r.Venue == "kalshi");
        Assert.Contains(rows, r => r.Venue == "polymarket");
    }

    [Fact]
    public void Evaluation_set_has_at_least_500_titles_and_20_per_basket()
    {
        var rows = Read(LabeledMarketFile.EvaluationFileName);
        Assert.True(rows.Count >= 500, $"{rows.Count} rows");
        Assert.All(Enumerable.Range(1, 18), basket => Assert.True(rows.Count(r => r.Basket == basket) >= 20, $"basket {basket}"));
        Assert.Contains(rows, r => r.Venue == "kalshi" && r.VenueCategory is not null);
        Assert.Contains(rows, r => r.Venue == "polymarket" && r.Tags.Count > 0);
    }

    [Theory]
    [InlineData(LabeledMarketFile.TrainingFileName)]
    [InlineData(LabeledMarketFile.EvaluationFileName)]
    [InlineData(LabeledMarketFile.DevelopmentFileName)]
    public void Every_label_is_a_taxonomy_factor_under_the_labeled_basket(string file)
    {
        Assert.All(Read(file), row =>
        {
            Assert.True(TestPipeline.Taxonomy.TryGetFactor(row.Factor, out var factor), row.Factor);
            Assert.Equal(factor.Basket, row.Basket);
            Assert.Contains(row.Venue, new[] { "kalshi", "polymarket" });
        });
    }

    [Fact]
    public void No_title_appears_in_more_than_one_set()
    {
        static HashSet<string> Titles(string file) => Read(file).Select(r => r.Title.Trim().ToLowerInvariant()).ToHashSet();
        var training = Titles(LabeledMarketFile.TrainingFileName);
        var evaluation = Titles(LabeledMarketFile.EvaluationFileName);
        var development = Titles(LabeledMarketFile.DevelopmentFileName);
        Assert.Empty(training.Intersect(evaluation));
        Assert.Empty(training.Intersect(development));
        Assert.Empty(evaluation.Intersect(development));
    }

    [Fact]
    public void No_title_is_repeated_within_a_set()
    {
        foreach (var file in new[] { LabeledMarketFile.TrainingFileName, LabeledMarketFile.EvaluationFileName, LabeledMarketFile.DevelopmentFileName })
        {
            var titles = Read(file).Select(r => r.Title.Trim().ToLowerInvariant()).ToList();
            Assert.Equal(titles.Count, titles.Distinct().Count());
        }
    }
}
