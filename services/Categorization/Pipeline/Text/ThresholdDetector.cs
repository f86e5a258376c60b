using System.Collections.Frozen;

namespace Ito.Categorization.Pipeline.Text;

/// <summary>Finds comparator + number pairs ("above $90", "over 3%", "at least 270", "$150k or more").</summary>
public static class ThresholdDetector
{
    // Keyed by surface text; multi-word comparators are joined with spaces and tried longest first.
    private static readonly FrozenDictionary<string, MarketDirection> Prefix = new Dictionary<string, MarketDirection>
    {
        ["above"] = MarketDirection.Up, ["over"] = MarketDirection.Up, ["exceed"] = MarketDirection.Up, ["exceeds"] = MarketDirection.Up,
        ["more than"] = MarketDirection.Up, ["greater than"] = MarketDirection.Up, ["higher than"] = MarketDirection.Up,
        ["at least"] = MarketDirection.Up, ["reach"] = MarketDirection.Up, ["reaches"] = MarketDirection.Up, ["hit"] = MarketDirection.Up,
        ["hits"] = MarketDirection.Up, ["top"] = MarketDirection.Up, ["tops"] = MarketDirection.Up, ["surpass"] = MarketDirection.Up,
        ["surpasses"] = MarketDirection.Up, ["past"] = MarketDirection.Up, ["beyond"] = MarketDirection.Up, ["cross"] = MarketDirection.Up,
        ["crosses"] = MarketDirection.Up, ["break"] = MarketDirection.Up, ["breaks"] = MarketDirection.Up, ["rise to"] = MarketDirection.Up,
        ["climb to"] = MarketDirection.Up, ["up to"] = MarketDirection.Up, [">"] = MarketDirection.Up, [">="] = MarketDirection.Up,
        ["below"] = MarketDirection.Down, ["under"] = MarketDirection.Down, ["less than"] = MarketDirection.Down,
        ["lower than"] = MarketDirection.Down, ["fewer than"] = MarketDirection.Down, ["at most"] = MarketDirection.Down,
        ["dip to"] = MarketDirection.Down, ["dips to"] = MarketDirection.Down, ["drop to"] = MarketDirection.Down,
        ["drops to"] = MarketDirection.Down, ["fall to"] = MarketDirection.Down, ["falls to"] = MarketDirection.Down,
        ["sink to"] = MarketDirection.Down, ["down to"] = MarketDirection.Down, ["dip below"] = MarketDirection.Down,
        ["<"] = MarketDirection.Down, ["<="] = MarketDirection.Down, ["between"] = MarketDirection.None,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, MarketDirection> Postfix = new Dictionary<string, MarketDirection>
    {
        ["or more"] = MarketDirection.Up, ["or higher"] = MarketDirection.Up, ["or above"] = MarketDirection.Up, ["+"] = MarketDirection.Up,
        ["or greater"] = MarketDirection.Up, ["or over"] = MarketDirection.Up,
        ["or less"] = MarketDirection.Down, ["or lower"] = MarketDirection.Down, ["or below"] = MarketDirection.Down,
        ["or fewer"] = MarketDirection.Down, ["or under"] = MarketDirection.Down,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MaxGapToNumber = 3;

    public static void Detect(List<Token> tokens, int count, List<Threshold> thresholds)
    {
        for (var i = 0; i < count; i++)
        {
            if (TryComparator(tokens, i, count, Prefix, out var direction, out var width))
            {
                for (var j = i + width; j < Math.Min(count, i + width + MaxGapToNumber); j++)
                {
                    if (!IsMeasure(tokens[j])) continue;
                    thresholds.Add(new Threshold(direction, tokens[j].Value, tokens[j].Kind, j));
                    break;
                }
            }
            else if (IsMeasure(tokens[i]) && i + 1 < count && TryComparator(tokens, i + 1, count, Postfix, out var after, out _))
            {
                thresholds.Add(new Threshold(after, tokens[i].Value, tokens[i].Kind, i));
            }
        }
    }

    private static bool IsMeasure(in Token token) => token.Kind is TokenKind.Number or TokenKind.Percent or TokenKind.Money;

    private static bool TryComparator(List<Token> tokens, int i, int count, FrozenDictionary<string, MarketDirection> table,
        out MarketDirection direction, out int width)
    {
        if (i + 1 < count && table.TryGetValue(string.Concat(tokens[i].Text, " ", tokens[i + 1].Text), out direction))
        {
            width = 2;
            return true;
        }
        width = 1;
        return table.TryGetValue(tokens[i].Text, out direction);
    }
}
