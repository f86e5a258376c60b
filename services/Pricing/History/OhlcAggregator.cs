using Ito.Pricing.Prices;

namespace Ito.Pricing.History;

/// <summary>A bar: its start, OHLC and whether any of it was carried forward rather than observed.</summary>
public sealed record OhlcBar(DateTimeOffset BucketStart, Ohlc Ohlc, bool Filled);

/// <summary>Turns time-stamped prices into OHLC bars of one interval. Pure.</summary>
public static class OhlcAggregator
{
    /// <summary>
    /// One bar per interval that holds at least one point; the open is the earliest point, the close the latest.
    /// <paramref name="endInclusive"/> puts a point lying exactly on a boundary into the bar it ends (venue candles
    /// and history points are stamped with the end of their period) rather than the one it starts.
    /// </summary>
    public static IReadOnlyList<OhlcBar> Aggregate(IEnumerable<(DateTimeOffset At, decimal Price)> points, HistoryInterval interval, bool endInclusive = false)
    {
        var bars = new List<OhlcBar>();
        DateTimeOffset? current = null;
        decimal open = 0, high = 0, low = 0, close = 0;
        foreach (var (at, price) in points.OrderBy(p => p.At))
        {
            var bucket = interval.BucketOf(endInclusive ? at.AddTicks(-1) : at);
            if (bucket != current)
            {
                if (current is { } done) bars.Add(new OhlcBar(done, new Ohlc(open, high, low, close), false));
                current = bucket;
                open = high = low = close = price;
                continue;
            }
            high = Math.Max(high, price);
            low = Math.Min(low, price);
            close = price;
        }
        if (current is { } last) bars.Add(new OhlcBar(last, new Ohlc(open, high, low, close), false));
        return bars;
    }
}
