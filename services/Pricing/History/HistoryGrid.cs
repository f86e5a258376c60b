using Ito.Pricing.Prices;

namespace Ito.Pricing.History;

/// <summary>
/// A run of consecutive bars of one interval, [<see cref="Start"/>, <see cref="Start"/> + <see cref="Count"/>·length):
/// the common time axis every leg of a basket is laid on before the basket's bars are computed.
/// </summary>
public sealed record HistoryGrid(HistoryInterval Interval, DateTimeOffset Start, int Count)
{
    /// <summary>The grid of the last <paramref name="days"/> days up to and including the bar holding <paramref name="now"/>.</summary>
    public static HistoryGrid Ending(HistoryInterval interval, DateTimeOffset now, int days)
    {
        var last = interval.BucketOf(now);
        var count = (int)(TimeSpan.FromDays(days).Ticks / interval.Length.Ticks) + 1;
        return new HistoryGrid(interval, last - interval.Length * (count - 1), count);
    }

    public DateTimeOffset End => Start + Interval.Length * Count;

    public DateTimeOffset BucketAt(int index) => Start + Interval.Length * index;

    /// <summary>
    /// Lays one leg's bars on the grid. A grid bar with no leg bar carries the previous close forward (flat, marked
    /// filled); before the leg's first bar (counting bars earlier than the grid) there is nothing to carry: null.
    /// </summary>
    public OhlcBar?[] Align(IReadOnlyList<OhlcBar> legBars)
    {
        var aligned = new OhlcBar?[Count];
        var byStart = new Dictionary<DateTimeOffset, OhlcBar>(legBars.Count);
        decimal? carried = null;
        foreach (var bar in legBars.OrderBy(b => b.BucketStart))
        {
            if (bar.BucketStart < Start) carried = bar.Ohlc.Close;
            else byStart[bar.BucketStart] = bar;
        }
        for (var i = 0; i < Count; i++)
        {
            var start = BucketAt(i);
            if (byStart.TryGetValue(start, out var observed))
            {
                aligned[i] = observed;
                carried = observed.Ohlc.Close;
            }
            else if (carried is { } close)
            {
                aligned[i] = new OhlcBar(start, Ohlc.Flat(close), Filled: true);
            }
        }
        return aligned;
    }

    /// <summary>
    /// The basket's bars from its legs' aligned bars: one where every leg has a bar (observed or filled), marked
    /// filled when any leg's was. Bars before the youngest leg's first price are left out, never guessed.
    /// </summary>
    public IReadOnlyList<OhlcBar> CombineLegs(IReadOnlyList<BasketLeg> legs, IReadOnlyList<OhlcBar?[]> alignedLegs)
    {
        var bars = new List<OhlcBar>(Count);
        var legOhlc = new Ohlc[legs.Count];
        for (var i = 0; i < Count; i++)
        {
            var filled = false;
            var complete = true;
            for (var leg = 0; leg < legs.Count && complete; leg++)
            {
                if (alignedLegs[leg][i] is not { } bar) complete = false;
                else
                {
                    legOhlc[leg] = bar.Ohlc;
                    filled |= bar.Filled;
                }
            }
            if (complete) bars.Add(new OhlcBar(BucketAt(i), BasketPriceCalculator.CalculateOhlc(legs, legOhlc), filled));
        }
        return bars;
    }
}
