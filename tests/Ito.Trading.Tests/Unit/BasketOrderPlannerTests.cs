using Ito.Contracts;
using Ito.Trading.Planning;
using Ito.Venues;

namespace Ito.Trading.Tests.Unit;

public sealed class BasketOrderPlannerTests
{
    private static readonly MarketId Kalshi = MarketId.Parse("kalshi:KXFED-25DEC-T4.25");
    private static readonly MarketId Poly = MarketId.Parse("polymarket:0xabc");

    private static LegQuote Leg(int index, decimal weight, decimal step = 1m, decimal minSize = 1m, params (decimal Price, decimal Size)[] asks) =>
        new(index, index % 2 == 0 ? Kalshi : Poly, Side.Yes, weight, asks.Select(a => new PriceLevel(a.Price, a.Size)).ToList(),
            PriceGrid.Uniform(0.01m), step, minSize);

    [Fact]
    public void Amount_is_split_by_normalized_weight()
    {
        var plan = BasketOrderPlanner.Plan(100m, 0.02m,
        [
            Leg(0, 3m, asks: (0.50m, 10_000m)),
            Leg(1, 1m, asks: (0.50m, 10_000m)),
        ]);

        Assert.Equal(75m, plan.Legs[0].Budget);
        Assert.Equal(25m, plan.Legs[1].Budget);
        Assert.Equal(150m, plan.Legs[0].Shares);
        Assert.Equal(50m, plan.Legs[1].Shares);
        Assert.Equal(0m, plan.Leftover);
    }

    [Theory]
    [InlineData(Side.Yes, Side.Yes, Side.Yes)]
    [InlineData(Side.Yes, Side.No, Side.No)]
    [InlineData(Side.No, Side.Yes, Side.No)]
    [InlineData(Side.No, Side.No, Side.Yes)]
    public void A_basket_no_flips_every_leg(Side basket, Side leg, Side expected) =>
        Assert.Equal(expected, BasketOrderPlanner.OutcomeFor(basket, leg));

    [Fact]
    public void Shares_round_down_to_the_size_step_and_the_rest_is_leftover()
    {
        // $10 at 0.30 buys 33.33… shares: whole contracts → 33 for $9.90, 0.01 steps → 33.33 for $9.999.
        var whole = BasketOrderPlanner.PlanLeg(Leg(0, 1m, step: 1m, minSize: 1m, asks: (0.30m, 1_000m)), 10m, 0m);
        var fractional = BasketOrderPlanner.PlanLeg(Leg(0, 1m, step: 0.01m, minSize: 0.01m, asks: (0.30m, 1_000m)), 10m, 0m);

        Assert.Equal(33m, whole.Shares);
        Assert.Equal(9.9m, whole.EstimatedCost);
        Assert.Equal(0.1m, whole.Leftover);
        Assert.Equal(33.33m, fractional.Shares);
        Assert.Equal(9.999m, fractional.EstimatedCost);
        Assert.Equal(0.001m, fractional.Leftover);
    }

    [Fact]
    public void The_walk_stops_at_the_slippage_bound_and_unfilled_budget_is_leftover()
    {
        var leg = Leg(0, 1m, asks: [(0.40m, 10m), (0.42m, 10m), (0.50m, 1_000m)]);

        var plan = BasketOrderPlanner.PlanLeg(leg, 100m, 0.03m);

        Assert.Equal(0.40m, plan.BestAsk);
        Assert.Equal(0.43m, plan.LimitPrice);
        Assert.Equal(20m, plan.Shares);
        Assert.Equal(8.2m, plan.EstimatedCost);
        Assert.Equal(8.6m, plan.MaxCost);
        Assert.Equal(91.8m, plan.Leftover);
        Assert.Equal(0.41m, plan.EstimatedAveragePrice);
    }

    [Fact]
    public void The_limit_price_is_floored_to_the_grid_and_capped_below_one()
    {
        var tapered = new PriceGrid([new PriceBand(0.001m, 0.1m, 0.001m), new PriceBand(0.1m, 0.9m, 0.01m), new PriceBand(0.9m, 0.999m, 0.001m)]);

        Assert.Equal(0.47m, tapered.FloorToGrid(0.4789m));
        Assert.Equal(0.057m, tapered.FloorToGrid(0.0575m));
        Assert.Equal(0.999m, tapered.FloorToGrid(1.2m));
        Assert.Null(tapered.FloorToGrid(0.0005m));
        var leg = new LegQuote(0, Kalshi, Side.Yes, 1m, [new PriceLevel(0.97m, 100m)], PriceGrid.Uniform(0.01m), 1m, 1m);
        Assert.Equal(0.99m, BasketOrderPlanner.PlanLeg(leg, 10m, 0.1m).LimitPrice);
    }

    [Fact]
    public void A_leg_below_the_minimum_size_is_skipped_and_its_budget_is_leftover()
    {
        // Polymarket's min_order_size of 5: $2 at 0.50 buys only 4.
        var plan = BasketOrderPlanner.Plan(4m, 0m,
        [
            Leg(0, 1m, step: 0.01m, minSize: 5m, asks: (0.50m, 100m)),
            Leg(1, 1m, step: 0.01m, minSize: 1m, asks: (0.50m, 100m)),
        ]);

        Assert.True(plan.Legs[0].IsSkipped);
        Assert.Contains("minimum size", plan.Legs[0].SkipReason);
        Assert.Equal(0m, plan.Legs[0].Shares);
        Assert.Equal(2m, plan.Legs[0].Leftover);
        Assert.Equal(4m, plan.Legs[1].Shares);
        Assert.Equal(2m, plan.Leftover);
    }

    [Fact]
    public void An_empty_book_skips_the_leg()
    {
        var plan = BasketOrderPlanner.PlanLeg(Leg(0, 1m), 10m, 0.02m);

        Assert.True(plan.IsSkipped);
        Assert.Equal(10m, plan.Leftover);
    }

    [Fact]
    public void Invalid_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BasketOrderPlanner.Plan(0m, 0m, [Leg(0, 1m, asks: (0.5m, 1m))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => BasketOrderPlanner.Plan(10m, -0.01m, [Leg(0, 1m, asks: (0.5m, 1m))]));
        Assert.Throws<ArgumentException>(() => BasketOrderPlanner.Plan(10m, 0m, []));
    }
}
