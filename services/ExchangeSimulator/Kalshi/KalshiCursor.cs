using System.Globalization;
using System.Text;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>
/// Opaque keyset cursors over creation order: a page boundary is "after item N", so markets added or removed
/// between two pages never shift or duplicate what the walk has not reached yet.
/// </summary>
internal static class KalshiCursor
{
    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("s" + sequence.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? cursor, out long sequence)
    {
        sequence = -1;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith('s') && long.TryParse(text.AsSpan(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Up to <paramref name="limit"/> matches after the cursor and the cursor for the next page ("" at the end).</summary>
    public static (List<T> Page, string Next) Page<T>(IReadOnlyList<T> items, Func<T, long> sequenceOf, long after, int limit, Func<T, bool> filter)
    {
        var start = LowerBound(items, sequenceOf, after);
        var page = new List<T>(Math.Min(limit, 1024));
        var i = start;
        for (; i < items.Count && page.Count < limit; i++)
        {
            if (filter(items[i])) page.Add(items[i]);
        }
        if (page.Count < limit) return (page, "");
        for (; i < items.Count; i++)
        {
            if (filter(items[i])) return (page, Encode(sequenceOf(page[^1])));
        }
        return (page, "");
    }

    private static int LowerBound<T>(IReadOnlyList<T> items, Func<T, long> sequenceOf, long after)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sequenceOf(items[mid]) <= after) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
