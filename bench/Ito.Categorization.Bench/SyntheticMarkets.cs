using System.Globalization;
using System.Text.RegularExpressions;
using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Bench;

/// <summary>
/// 100k synthetic markets: the labeled titles with their numbers re-drawn, venues and categories shuffled, and one
/// in ten given a subtitle and rules text, so the benchmark does not replay a handful of strings.
/// </summary>
internal static partial class SyntheticMarkets
{
    private static readonly string[] Categories = ["Economics", "Politics", "Crypto", "Sports", "Financials", "Climate and Weather", "Entertainment", "World", ""];
    private static readonly string[][] TagSets = [["Politics"], ["Crypto", "Crypto Prices"], ["Sports", "NBA"], ["Economy", "Fed Rates"], ["Pop Culture"], ["Tech", "AI"], []];

    public static MarketText[] Generate(int count, int seed = 42)
    {
        var titles = LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.TrainingFileName))
            .Concat(LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.EvaluationFileName)))
            .Select(r => r.Title)
            .ToArray();
        var random = new Random(seed);
        var markets = new MarketText[count];
        for (var i = 0; i < count; i++)
        {
            var title = Number().Replace(titles[random.Next(titles.Length)], _ => random.Next(1, 5000).ToString(CultureInfo.InvariantCulture));
            var kalshi = random.Next(2) == 0;
            var withDetails = random.Next(10) == 0;
            markets[i] = new MarketText(
                kalshi ? MarketText.Kalshi : MarketText.Polymarket,
                title,
                Subtitle: withDetails ? "If the outcome occurs by the stated date" : null,
                RulesText: withDetails ? $"This market resolves to Yes if {title.TrimEnd('?')} according to the official source. Otherwise it resolves to No." : null,
                VenueCategory: kalshi ? Categories[random.Next(Categories.Length)] : null,
                Tags: kalshi ? null : TagSets[random.Next(TagSets.Length)]);
        }
        return markets;
    }

    [GeneratedRegex("\\d+")]
    private static partial Regex Number();
}
