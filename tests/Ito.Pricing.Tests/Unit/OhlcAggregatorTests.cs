using Ito.Pricing.History;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Unit;

public sealed class OhlcAggregatorTests
{
    private static readonly DateTimeOffset H = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Points_become_one_bar_per_interval_with_first_max_min_last()
    {
        (DateTimeOffset, decimal)[] points =
        [
            (H.AddMinutes(50), 0.48m), (H.AddMinutes(5), 0.50m), (H.AddMinutes(20), 0.55m), (H.AddMinutes(30), 0.45m),
            (H.AddHours(2).AddMinutes(1), 0.60m),
        ];

        var bars = OhlcAggregator.Aggregate(points, HistoryInterval.Hour);

        Assert.Equal(2, bars.Count);
        Assert.Equal(new OhlcBar(H, new Ohlc(0.50m, 0.55m, 0.45m, 0.48m), false), bars[0]);
        Assert.Equal(new OhlcBar(H.AddHours(2), Ohlc.Flat(0.60m), false), bars[1]);
    }

    [Fact]
    public void End_inclusive_puts_a_point_on_a_boundary_in_the_bar_it_ends()
    {
        (DateTimeOffset, decimal)[] points = [(H.AddHours(1), 0.30m), (H.AddHours(2), 0.40m)];

        var bars = OhlcAggregator.Aggregate(points, HistoryInterval.Hour, endInclusive: true);

        Assert.Equal([H, H.AddHours(1)], bars.Select(b => b.BucketStart));
        Assert.Equal(0.30m, bars[0].Ohlc.Close);
    }

    [Fact]
    public void Days_are_utc_days()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            HistoryInterval.Day.BucketOf(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.FromHours(-2)).AddHours(-3)));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero),
            HistoryInterval.Day.BucketOf(new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.FromHours(-2))));
    }
}
