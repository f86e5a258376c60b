using System.Globalization;
using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Bench;

/// <summary>
/// Picks the fusion temperature on the development set (never the evaluation set): for each candidate, the Brier
/// score of stated confidence against "the proposed basket is right". The lowest wins.
/// </summary>
internal static class FusionCalibration
{
    public static void Run(TextWriter output)
    {
        var rows = LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.DevelopmentFileName));
        output.WriteLine($"development set: {rows.Count} markets");
        output.WriteLine("temperature  brier   accuracy  mean-confidence");
        var best = (Temperature: 0.0, Brier: double.MaxValue);
        for (var temperature = 0.05; temperature <= 1.001; temperature += 0.05)
        {
            var pipeline = CategorizationPipeline.CreateDefault(new CategorizationOptions { FusionTemperature = temperature });
            double brier = 0, correct = 0, confidence = 0;
            foreach (var row in rows)
            {
                var result = pipeline.Categorize(new MarketText(row.Venue, row.Title, VenueCategory: row.VenueCategory, Tags: row.Tags));
                var hit = result.ProposedBasket == row.Basket ? 1.0 : 0.0;
                brier += Math.Pow(result.Confidence - hit, 2);
                correct += hit;
                confidence += result.Confidence;
            }
            brier /= rows.Count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{temperature,11:0.00}  {brier:0.0000}  {correct / rows.Count:0.000}     {confidence / rows.Count:0.000}"));
            if (brier < best.Brier) best = (temperature, brier);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best temperature {best.Temperature:0.00} (Brier {best.Brier:0.0000})"));
    }
}
