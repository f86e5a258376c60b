using Ito.Contracts;
using Ito.Pricing.History;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Unit;

public sealed class HistoryGridTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly HistoryGrid Grid = new(HistoryInterval.Hour, Start, 5);

    private static OhlcBar Bar(int hour, decimal close) => new(Start.AddHours(hour), new Ohlc(close - 0.01m, close + 0.02m, close - 0.02m, close), false);

    [Fact]
    public void Ending_covers_the_days_up_to_the_bar_holding_now()
    {
        var grid = HistoryGrid.Ending(HistoryInterval.Hour, new DateTimeOffset(2026, 11, 26, 11, 35, 0, TimeSpan.Zero), days: 2);

        Assert.Equal(49, grid.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.Zero), grid.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.Zero), grid.BucketAt(48));
    }

    [Fact]
    public void Gaps_carry_the_previous_close_forward_and_are_marked_filled()
    {
        var aligned = Grid.Align([Bar(1, 0.50m), Bar(3, 0.60m)]);

        Assert.Null(aligned[0]); // nothing to carry before the first price
        Assert.False(aligned[1]!.Filled);
        Assert.Equal(new Ohlc(0.50m, 0.50m, 0.50m, 0.50m), aligned[2]!.Ohlc);
        Assert.True(aligned[2]!.Filled);
        Assert.Equal(0.60m, aligned[3]!.Ohlc.Close);
        Assert.True(aligned[4]!.Filled);
        Assert.Equal(Start.AddHours(4), aligned[4]!.BucketStart);
    }

    [Fact]
    public void A_bar_before_the_grid_fills_its_first_bars()
    {
        var aligned = Grid.Align([Bar(-3, 0.42m), Bar(2, 0.45m)]);

        Assert.Equal(0.42m, aligned[0]!.Ohlc.Close);
        Assert.True(aligned[0]!.Filled);
        Assert.False(aligned[2]!.Filled);
    }

    [Fact]
    public void Basket_bars_start_where_every_leg_has_a_price_and_are_filled_where_any_leg_was()
    {
        BasketLeg[] legs = [new(MarketId.Parse("kalshi:A"), Side.Yes, 1), new(MarketId.Parse("kalshi:B"), Side.No, 1)];
        var a = Grid.Align([Bar(0, 0.50m), Bar(1, 0.52m), Bar(2, 0.54m), Bar(3, 0.56m), Bar(4, 0.58m)]);
        var b = Grid.Align([Bar(2, 0.20m), Bar(4, 0.30m)]);

        var bars = Grid.CombineLegs(legs, [a, b]);

        Assert.Equal([Start.AddHours(2), Start.AddHours(3), Start.AddHours(4)], bars.Select(x => x.BucketStart));
        Assert.Equal(0.5m * 0.54m + 0.5m * 0.80m, bars[0].Ohlc.Close);
        Assert.False(bars[0].Filled);
        Assert.True(bars[1].Filled);
        Assert.Equal(0.5m * 0.56m + 0.5m * 0.80m, bars[1].Ohlc.Close);
        Assert.False(bars[2].Filled);
    }
}
