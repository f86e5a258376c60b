namespace Ito.ExchangeSimulator.Universe;

/// <summary>How often a series repeats; drives event dates and Kalshi date codes.</summary>
internal enum Frequency { Daily, Weekly, Monthly, Annual }

/// <summary>One outcome of an event: Kalshi ticker suffix (<c>C25</c>, <c>T4.25</c>) and the human label.</summary>
internal sealed record Outcome(string Code, string Label);

/// <summary>A subject a series is about (a city, a company, a state); empty code for subject-less series.</summary>
internal sealed record Subject(string Code, string Name);

/// <summary>
/// A family of markets in one theme. Placeholders: {s} subject, {d} date text, {y} year, {o} outcome label.
/// Kalshi and Polymarket phrase the same question differently, so each venue has its own wording.
/// </summary>
internal sealed record MarketTemplate(
    string Code,
    string SeriesTitle,
    Frequency Frequency,
    string EventTitle,
    string KalshiQuestion,
    string PolyQuestion,
    Outcome[] Outcomes,
    bool MutuallyExclusive,
    string Source,
    Subject[] Subjects)
{
    public bool IsBinary => Outcomes.Length == 1;
}

/// <summary>One of the 18 system-basket themes with each venue's categorisation vocabulary.</summary>
internal sealed record Theme(
    string Name,
    string KalshiCategory,
    string[] KalshiTags,
    GammaTag[] GammaTags,
    string PolyFeeType,
    decimal PolyFeeRate,
    MarketTemplate[] Templates);

/// <summary>A Gamma tag (ids are stable numbers, as on Gamma).</summary>
internal sealed record GammaTag(string Id, string Label, string Slug);
