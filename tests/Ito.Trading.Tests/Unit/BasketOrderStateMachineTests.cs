using Ito.Contracts;
using Ito.Trading.Orders;
using Ito.Trading.Planning;
using Ito.Venues;

namespace Ito.Trading.Tests.Unit;

public sealed class BasketOrderStateMachineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static BasketOrder Order(OrderPolicy policy = OrderPolicy.BestEffort, int legs = 2)
    {
        var quotes = Enumerable.Range(0, legs).Select(i => new LegQuote(i, MarketId.Parse($"kalshi:T{i}"), Side.Yes, 1m,
            [new PriceLevel(0.5m, 1000m)], PriceGrid.Uniform(0.01m), 1m, 1m)).ToList();
        var plan = BasketOrderPlanner.Plan(100m, 0.02m, quotes);
        return BasketOrder.Place(Guid.NewGuid(), Guid.NewGuid(), "key", Side.Yes, 100m, TradingMode.Paper, 0.02m, policy, plan, l => l.MarketId.VenueMarketId, T0);
    }

    [Theory]
    [InlineData(BasketOrderStatus.Pending, BasketOrderStatus.Submitting)]
    [InlineData(BasketOrderStatus.Pending, BasketOrderStatus.Cancelled)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.Filled)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.PartiallyFilled)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.Failed)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.Unwinding)]
    [InlineData(BasketOrderStatus.Unwinding, BasketOrderStatus.Unwound)]
    [InlineData(BasketOrderStatus.Unwinding, BasketOrderStatus.Failed)]
    [InlineData(BasketOrderStatus.PartiallyFilled, BasketOrderStatus.Cancelled)]
    public void Legal_moves_are_allowed(BasketOrderStatus from, BasketOrderStatus to) =>
        Assert.True(BasketOrderStateMachine.CanMove(from, to));

    [Theory]
    [InlineData(BasketOrderStatus.Pending, BasketOrderStatus.Filled)]
    [InlineData(BasketOrderStatus.Pending, BasketOrderStatus.Unwinding)]
    [InlineData(BasketOrderStatus.Filled, BasketOrderStatus.Submitting)]
    [InlineData(BasketOrderStatus.Filled, BasketOrderStatus.Cancelled)]
    [InlineData(BasketOrderStatus.Unwound, BasketOrderStatus.Unwinding)]
    [InlineData(BasketOrderStatus.Cancelled, BasketOrderStatus.Submitting)]
    [InlineData(BasketOrderStatus.Failed, BasketOrderStatus.Submitting)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.Pending)]
    [InlineData(BasketOrderStatus.Submitting, BasketOrderStatus.Unwound)]
    public void Illegal_moves_are_refused(BasketOrderStatus from, BasketOrderStatus to) =>
        Assert.False(BasketOrderStateMachine.CanMove(from, to));

    [Fact]
    public void Every_transition_is_recorded_with_time_and_reason_and_an_illegal_one_changes_nothing()
    {
        var order = Order();
        order.TransitionTo(BasketOrderStatus.Submitting, "sending legs", T0.AddSeconds(1));
        order.TransitionTo(BasketOrderStatus.Filled, "every leg filled", T0.AddSeconds(2));

        var refused = Assert.Throws<IllegalTransitionException>(() => order.TransitionTo(BasketOrderStatus.Cancelled, "too late", T0.AddSeconds(3)));

        Assert.Equal(BasketOrderStatus.Filled, refused.From);
        Assert.Equal(BasketOrderStatus.Filled, order.Status);
        Assert.Equal(2, order.Transitions.Count);
        Assert.Equal((BasketOrderStatus.Pending, BasketOrderStatus.Submitting, "sending legs", T0.AddSeconds(1)),
            (order.Transitions[0].From, order.Transitions[0].To, order.Transitions[0].Reason, order.Transitions[0].At));
        Assert.Equal(T0.AddSeconds(2), order.UpdatedAt);
    }

    [Fact]
    public void Client_order_ids_are_deterministic_per_order_and_leg()
    {
        var order = Order();

        Assert.Equal(order.Id.ClientOrderIdFor(1), order.Legs[1].ClientOrderId);
        Assert.NotEqual(order.Legs[0].ClientOrderId, order.Legs[1].ClientOrderId);
        Assert.NotEqual(order.Id.ClientOrderIdFor(1), order.Id.ClientOrderIdFor(1, unwind: true));
    }

    [Fact]
    public void Settling_all_filled_legs_is_filled()
    {
        var order = Order();
        foreach (var leg in order.Legs) leg.RecordOutcome(new LegExecution("id", leg.PlannedShares, leg.PlannedShares / 2, 0.1m, false, null, false));

        Assert.Equal(BasketOrderStatus.Filled, order.Settle().Status);
    }

    [Fact]
    public void A_failed_leg_unwinds_an_all_or_nothing_order_but_leaves_a_best_effort_one_partially_filled()
    {
        foreach (var (policy, expected) in new[] { (OrderPolicy.AllOrNothing, BasketOrderStatus.Unwinding), (OrderPolicy.BestEffort, BasketOrderStatus.PartiallyFilled) })
        {
            var order = Order(policy);
            order.Legs[0].RecordOutcome(new LegExecution("a", order.Legs[0].PlannedShares, 10m, 0m, false, null, false));
            order.Legs[1].Fail("venue error");

            var (status, reason) = order.Settle();

            Assert.Equal(expected, status);
            Assert.Contains("leg 1: venue error", reason);
        }
    }

    [Fact]
    public void Nothing_filled_is_failed_whatever_the_policy()
    {
        var order = Order(OrderPolicy.AllOrNothing);
        foreach (var leg in order.Legs) leg.Fail("refused");

        Assert.Equal(BasketOrderStatus.Failed, order.Settle().Status);
    }

    [Fact]
    public void A_leg_is_unwound_once_all_its_fills_are_sold_back()
    {
        var order = Order(OrderPolicy.AllOrNothing);
        var leg = order.Legs[0];
        leg.RecordOutcome(new LegExecution("a", 100m, 50m, 1m, false, null, false));

        var firstSale = leg.UnwindClientOrderId;
        leg.PrepareUnwind("signed sell");
        leg.RecordUnwind(new LegExecution("s1", 60m, 27m, 0.5m, false, null, false));
        Assert.Equal(LegOrderStatus.Filled, leg.Status);
        Assert.Null(leg.UnwindSignedOrder);
        Assert.NotEqual(firstSale, leg.UnwindClientOrderId); // the venue answered for the first sale: the next is a new order
        leg.RecordUnwind(new LegExecution("s2", 40m, 18m, 0.5m, false, null, false));

        Assert.Equal(LegOrderStatus.Unwound, leg.Status);
        Assert.False(leg.HasFills);
        Assert.Equal(2m, leg.Fees);
        Assert.Equal(0.5m, leg.AveragePrice);
        Assert.Equal(45m, leg.UnwindProceeds);
    }
}
