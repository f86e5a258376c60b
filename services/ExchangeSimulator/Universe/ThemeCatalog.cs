namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// The 18 system-basket themes and the market families the simulator draws from. Wording follows each venue's
/// house style (Kalshi: "Will the Fed cut rates by 25bps in March 2027?", Polymarket: "Fed cuts 25bps in March 2027?").
/// </summary>
internal static partial class ThemeCatalog
{
    public static readonly Theme[] All =
    [
        UsElections, UsGovernment, Geopolitics, MonetaryPolicy, InflationMacro, Equities, Crypto, Energy,
        MetalsAgriculture, ClimateWeather, TechnologyAi, Health, TradeTariffs, Sports, Entertainment, ScienceSpace,
        LegalRegulatory, GlobalEconomyFx,
    ];

    private static Subject[] None => [new("", "")];

    /// <summary>"C25=cut rates by 25bps|H0=hold rates" → outcomes.</summary>
    private static Outcome[] O(string spec) =>
        spec.Split('|').Select(p => p.Split('=', 2)).Select(p => new Outcome(p[0], p[1])).ToArray();

    /// <summary>"NY=New York|CHI=Chicago" → subjects.</summary>
    private static Subject[] S(string spec) =>
        spec.Split('|').Select(p => p.Split('=', 2)).Select(p => new Subject(p[0], p[1])).ToArray();

    private static GammaTag[] Tags(params (int Id, string Label)[] tags) =>
        tags.Select(t => new GammaTag(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Label, Slug.From(t.Label))).ToArray();

    private static MarketTemplate T(string code, string seriesTitle, Frequency frequency, string eventTitle,
        string kalshiQuestion, string polyQuestion, string outcomes, bool mutuallyExclusive, string source,
        Subject[]? subjects = null) =>
        new(code, seriesTitle, frequency, eventTitle, kalshiQuestion, polyQuestion, O(outcomes), mutuallyExclusive,
            source, subjects ?? None);
}
