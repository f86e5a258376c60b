using System.Globalization;
using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;
using Xunit.Abstractions;

namespace Ito.Categorization.Tests.Quality;

/// <summary>
/// Runs the whole pipeline over the held-out evaluation set (hand-written titles, never used for training or
/// keyword tuning) and fails below macro-F1 0.85 on the system basket.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    private const double RequiredMacroF1 = 0.85;

    [Fact]
    public void System_basket_macro_f1_on_the_evaluation_set_is_at_least_0_85()
    {
        var pipeline = TestPipeline.Instance;
        var rows = LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.EvaluationFileName));
        var report = new EvaluationReport();
        var misses = new List<string>();
        var calibration = new CalibrationTable();
        foreach (var row in rows)
        {
            var result = pipeline.Categorize(new MarketText(row.Venue, row.Title, VenueCategory: row.VenueCategory, Tags: row.Tags));
            var predicted = result.SystemBasket;
            report.Add(row.Basket, predicted, result.PrimaryRiskFactor == row.Factor);
            calibration.Add(result.Confidence, result.ProposedBasket == row.Basket);
            if (predicted != row.Basket)
                misses.Add(string.Create(CultureInfo.InvariantCulture, $"  expected {row.Basket} {row.Factor}, got {predicted} ({result.ProposedBasket}) {result.PrimaryRiskFactor} p={result.Confidence:0.00}: {row.Title}"));
        }

        var baskets = pipeline.Taxonomy.Baskets.Select(b => (b.Number, b.Name)).ToList();
        output.WriteLine(report.Table(baskets));
        output.WriteLine(calibration.Describe());
        output.WriteLine($"misses ({misses.Count}):");
        foreach (var miss in misses) output.WriteLine(miss);

        Assert.True(report.Count >= 500);
        var macroF1 = report.MacroF1(baskets.Select(b => b.Number));
        Assert.True(macroF1 >= RequiredMacroF1, $"macro-F1 {macroF1:0.000} is below {RequiredMacroF1}");
    }
}
