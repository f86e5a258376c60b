namespace Ito.ExchangeSimulator.Universe;

/// <summary>Resolution rules, written on demand in each venue's style rather than stored per market.</summary>
internal static class RulesText
{
    public static string KalshiPrimary(SimMarket m)
    {
        var question = m.Question.StartsWith("Will ", StringComparison.Ordinal) ? m.Question[5..].TrimEnd('?') : m.Question.TrimEnd('?');
        return $"If {question}, then the market resolves to Yes.";
    }

    public static string KalshiSecondary(SimMarket m) =>
        $"The outcome is verified from {Source(m)}. If the source does not publish by {PriceMath.Rfc3339(m.Close.AddDays(7))}, "
        + "the market resolves based on the best available information.";

    public static string PolymarketDescription(SimMarket m) =>
        $"This market will resolve to \"Yes\" if the answer to \"{m.Question}\" is yes by {m.Close:MMMM d, yyyy}, 11:59 PM ET. "
        + $"Otherwise, this market will resolve to \"No\".\n\nThe primary resolution source for this market will be {Source(m)}.";

    public static string Source(SimMarket m) => m.Event.Template.Source.Replace("{s}", m.Event.Series.Subject.Name, StringComparison.Ordinal);
}
