using Ito.Contracts;
using Ito.Trading.Orders;
using Ito.Trading.Positions;

namespace Ito.Trading.Tests.Unit;

public sealed class PositionMathTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static Position NewPosition(Side outcome = Side.Yes) => new(Guid.NewGuid(), TradingMode.Paper, Guid.NewGuid(), "kalshi:T", outcome);

    [Fact]
    public void Buys_average_their_cost_and_fees_accumulate()
    {
        var p = NewPosition();
        p.Apply(TradeAction.Buy, 100m, 0.40m, 0.5m, T0);
        p.Apply(TradeAction.Buy, 100m, 0.50m, 0.25m, T0);

        Assert.Equal(200m, p.Shares);
        Assert.Equal(90m, p.CostBasis);
        Assert.Equal(0.45m, p.AverageCost);
        Assert.Equal(0.75m, p.Fees);
        Assert.Equal(0m, p.RealizedPnl);
    }

    [Fact]
    public void A_sale_realizes_against_the_average_cost()
    {
        var p = NewPosition();
        p.Apply(TradeAction.Buy, 200m, 0.45m, 0m, T0);

        p.Apply(TradeAction.Sell, 50m, 0.60m, 0.1m, T0);

        Assert.Equal(7.5m, p.RealizedPnl);
        Assert.Equal(150m, p.Shares);
        Assert.Equal(67.5m, p.CostBasis);
        Assert.Equal(0.45m, p.AverageCost);
        Assert.Equal(0.1m, p.Fees);
    }

    [Fact]
    public void Selling_everything_releases_the_whole_cost_basis()
    {
        var p = NewPosition();
        p.Apply(TradeAction.Buy, 3m, 1m / 3m, 0m, T0);

        p.Apply(TradeAction.Sell, 3m, 0.30m, 0m, T0);

        Assert.Equal(0m, p.Shares);
        Assert.Equal(0m, p.CostBasis);
        Assert.Equal(0.9m - 3m * (1m / 3m), p.RealizedPnl);
    }

    [Fact]
    public void Unrealized_pnl_marks_yes_at_the_yes_price_and_no_at_its_complement()
    {
        var yes = NewPosition(Side.Yes);
        yes.Apply(TradeAction.Buy, 100m, 0.40m, 0m, T0);
        var no = NewPosition(Side.No);
        no.Apply(TradeAction.Buy, 100m, 0.55m, 0m, T0);

        Assert.Equal(10m, yes.UnrealizedPnl(Position.OutcomeMark(Side.Yes, 0.50m)));
        Assert.Equal(-5m, no.UnrealizedPnl(Position.OutcomeMark(Side.No, 0.50m)));
        Assert.Equal(50m, no.MarketValue(Position.OutcomeMark(Side.No, 0.50m)));
    }

    [Fact]
    public void Selling_more_than_held_is_refused()
    {
        var p = NewPosition();
        p.Apply(TradeAction.Buy, 10m, 0.5m, 0m, T0);

        Assert.Throws<InvalidOperationException>(() => p.Apply(TradeAction.Sell, 11m, 0.5m, 0m, T0));
        Assert.Equal(10m, p.Shares);
    }

    [Fact]
    public void Exposure_signs_by_direction_and_flips_for_no()
    {
        var factors = RiskExposure.ByFactor(
            [("kalshi:A", Side.Yes, 100m), ("kalshi:B", Side.No, 50m), ("kalshi:C", Side.Yes, 10m)],
            [("kalshi:A", "rates", 0.8m), ("kalshi:B", "rates", 0.5m), ("kalshi:B", "oil", -1m), ("kalshi:D", "rates", 1m)]);

        var rates = Assert.Single(factors, f => f.FactorId == "rates");
        Assert.Equal(80m - 25m, rates.Exposure);
        Assert.Equal(150m, rates.GrossValue);
        Assert.Equal(50m, Assert.Single(factors, f => f.FactorId == "oil").Exposure);
        Assert.Equal(2, factors.Count);
    }
}
