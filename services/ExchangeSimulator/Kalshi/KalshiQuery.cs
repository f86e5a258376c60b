using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Query-string parsing shared by the Kalshi endpoints.</summary>
internal static class KalshiQuery
{
    public static bool Limit(StringValues raw, int fallback, int max, out int limit, bool allowZero = false)
    {
        limit = fallback;
        if (StringValues.IsNullOrEmpty(raw)) return true;
        return int.TryParse(raw.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out limit)
            && limit >= (allowZero ? 0 : 1) && limit <= max;
    }

    public static long? Long(StringValues raw) =>
        long.TryParse(raw.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static HashSet<string>? List(StringValues raw)
    {
        var text = raw.ToString();
        return text.Length == 0 ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    public static bool Bool(StringValues raw) => bool.TryParse(raw.ToString(), out var value) && value;
}
