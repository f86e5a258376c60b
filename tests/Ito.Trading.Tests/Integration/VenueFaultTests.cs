using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Testing;
using Ito.Trading.Orders;
using Ito.Trading.Tests.Infrastructure;
using Ito.Venues.Kalshi.Models;
using Microsoft.Extensions.DependencyInjection;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>
/// What venue trouble does to a basket order: simulator faults (5xx, 429, dropped connections, latency) and an
/// answer lost after the venue placed the order. No case may ever place a leg twice.
/// </summary>
[Collection(TradingCollection.Name)]
public sealed class VenueFaultTests(TradingHost host) : IAsyncLifetime
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    public Task InitializeAsync() => host.ClearFaultsAsync();

    public Task DisposeAsync() => host.ClearFaultsAsync();

    private async Task<(Guid Basket, MarketId Kalshi, MarketId Poly)> TwoVenueBasketAsync()
    {
        var kalshi = host.NextKalshiMarket();
        var poly = await host.NewPolymarketMarketAsync();
        return (await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, Side.Yes, 0.5m), new BasketLegInfo(poly, Side.Yes, 0.5m)), kalshi, poly);
    }

    [Fact]
    public async Task All_or_nothing_sells_the_filled_leg_back_when_the_other_leg_fails()
    {
        var (basket, kalshi, _) = await TwoVenueBasketAsync();
        // Every CLOB order POST fails with a 500: the Polymarket leg can never be placed.
        await host.AddFaultAsync(new { venue = "polymarket", path = "/clob/order", serverErrors = 1000, serverErrorStatus = 500 });

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 40m, mode = "paper", maxSlippage = 0.05m, policy = "all-or-nothing" });

        Assert.Equal("unwound", order.GetProperty("status").GetString());
        Assert.Equal(["submitting", "unwinding", "unwound"], Transitions(order));
        var kalshiLeg = Leg(order, 0);
        Assert.Equal("unwound", kalshiLeg.GetProperty("status").GetString());
        Assert.Equal(kalshiLeg.GetProperty("filledShares").GetDecimal(), kalshiLeg.GetProperty("unwoundShares").GetDecimal());
        Assert.True(kalshiLeg.GetProperty("unwindProceeds").GetDecimal() > 0);
        Assert.Equal("failed", Leg(order, 1).GetProperty("status").GetString());
        Assert.Contains("attempts", Leg(order, 1).GetProperty("error").GetString());

        // On the venue: the buy and the sell-back, and a flat position.
        var positions = await host.PaperKalshi().GetPositionsAsync(new Ito.Venues.Kalshi.KalshiPositionsQuery { Ticker = kalshi.VenueMarketId });
        Assert.All(positions.MarketPositions, p => Assert.Equal(0m, p.PositionFp ?? 0m));
        var ours = (await Client.GetFromJsonAsync<JsonElement>("/api/v1/trades?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("orderId").GetGuid() == order.GetProperty("id").GetGuid()).Select(t => t.GetProperty("action").GetString()).Order().ToList();
        Assert.Equal(["buy", "sell"], ours);
    }

    [Fact]
    public async Task An_answer_lost_after_submit_is_reconciled_by_client_order_id_without_a_second_order()
    {
        var (basket, kalshi, _) = await TwoVenueBasketAsync();
        host.Wire.ResetCounters();
        host.Wire.LoseAnswers("/portfolio/events/orders", 1);

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        var kalshiLeg = Leg(order, 0);
        var clientOrderId = kalshiLeg.GetProperty("clientOrderId").GetString()!;
        var onVenue = new List<string>();
        await foreach (var o in host.PaperKalshi().GetAllOrdersAsync(new Ito.Venues.Kalshi.KalshiOrdersQuery { Ticker = kalshi.VenueMarketId }))
            if (o.ClientOrderId == clientOrderId) onVenue.Add(o.OrderId);
        Assert.Equal([kalshiLeg.GetProperty("venueOrderId").GetString()!], onVenue);
        Assert.Equal(1, host.Wire.AnswersLost);
        Assert.Equal(2, host.Wire.OrderPosts); // one per leg: the lost one was found, not re-sent
    }

    [Fact]
    public async Task A_lost_clob_answer_is_reconciled_by_the_stored_order_hash_without_a_second_order()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        host.Wire.ResetCounters();
        host.Wire.LoseAnswers("/clob/order", 1);

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        var polyLeg = Leg(order, 1);
        var onClob = await host.PaperClob().GetOrderAsync(polyLeg.GetProperty("venueOrderId").GetString()!);
        Assert.NotNull(onClob);
        Assert.Equal(polyLeg.GetProperty("plannedShares").GetDecimal(), onClob.SizeMatched);
        var trades = new List<string>();
        await foreach (var t in host.PaperClob().GetAllTradesAsync(assetId: polyLeg.GetProperty("instrument").GetString()))
            trades.Add(t.TakerOrderId ?? "");
        Assert.All(trades, t => Assert.Equal(onClob.Id, t));
        Assert.Equal(1, host.Wire.AnswersLost);
        Assert.Equal(2, host.Wire.OrderPosts);
    }

    [Fact]
    public async Task Throttled_and_dropped_order_posts_are_retried_only_after_the_venue_says_it_has_no_such_order()
    {
        var (basket, kalshi, _) = await TwoVenueBasketAsync();
        await host.AddFaultAsync(new { venue = "kalshi", path = "/portfolio/events/orders", tooManyRequests = 1 });
        await host.AddFaultAsync(new { venue = "polymarket", path = "/clob/order", drops = 1 });
        host.Wire.ResetCounters();

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        Assert.All(order.GetProperty("legs").EnumerateArray(), l => Assert.Equal(l.GetProperty("plannedShares").GetDecimal(), l.GetProperty("filledShares").GetDecimal()));
        Assert.Equal(4, host.Wire.OrderPosts); // each leg: the faulted post, then one more
        var kalshiLeg = Leg(order, 0);
        var found = await host.PaperKalshi().FindOrderByClientOrderIdAsync(kalshiLeg.GetProperty("clientOrderId").GetString()!, kalshi.VenueMarketId);
        Assert.Equal(kalshiLeg.GetProperty("filledShares").GetDecimal(), found!.FillCountFp);
    }

    [Fact]
    public async Task Slow_venues_within_the_attempt_timeout_still_fill()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        await host.AddFaultAsync(new { latencyMs = 300 });

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 20m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Best_effort_keeps_the_filled_leg_when_the_other_fails()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        await host.AddFaultAsync(new { venue = "polymarket", path = "/clob/order", serverErrors = 1000 });

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 20m, mode = "paper", maxSlippage = 0.05m, policy = "best-effort" });

        Assert.Equal("partially_filled", order.GetProperty("status").GetString());
        Assert.Equal("filled", Leg(order, 0).GetProperty("status").GetString());
        Assert.Equal("failed", Leg(order, 1).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_sell_back_whose_outcome_is_unknown_keeps_the_order_unwinding_and_is_settled_later_without_a_second_sale()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        host.Wire.ResetCounters();
        // The Kalshi leg can never be placed, so the filled Polymarket leg is sold back; that sale reaches the CLOB but
        // its answer is lost, and the CLOB cannot be asked about it either.
        await host.AddFaultAsync(new { venue = "kalshi", path = "/portfolio/events/orders", serverErrors = 1000, serverErrorStatus = 500 });
        await host.AddFaultAsync(new { venue = "polymarket", path = "/data/order/", serverErrors = 1_000_000, serverErrorStatus = 503 });
        host.Wire.LoseAnswers("/clob/order", 1, bodyContains: "\"side\":\"SELL\"");

        var (status, placed) = await PlaceAsync(Client, basket, new { side = "yes", amount = 40m, mode = "paper", maxSlippage = 0.05m, policy = "all-or-nothing" },
            Guid.NewGuid().ToString());
        Assert.Equal(System.Net.HttpStatusCode.Accepted, status);
        var id = placed.GetProperty("id").GetGuid();
        await Eventually.TrueAsync(() => Task.FromResult(host.Wire.AnswersLost == 1), TimeSpan.FromSeconds(60), "the sell-back's answer lost");

        // Shares that may be sold are not called "not sold": the order waits in unwinding, the leg unsold on our books.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var waiting = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
        Assert.Equal("unwinding", waiting.GetProperty("status").GetString());
        Assert.Equal(0m, Leg(waiting, 1).GetProperty("unwoundShares").GetDecimal());

        // Once the CLOB answers again, the next run (a redelivery, or this one) re-sends the same sale and finds it.
        await host.ClearFaultsAsync();
        await using (var scope = host.Trading.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(new BasketOrderId(id), CancellationToken.None);
        }

        var settled = await SettledAsync(Client, id);
        Assert.Equal("unwound", settled.GetProperty("status").GetString());
        Assert.Equal(["submitting", "unwinding", "unwound"], Transitions(settled));
        var polyLeg = Leg(settled, 1);
        Assert.Equal(polyLeg.GetProperty("filledShares").GetDecimal(), polyLeg.GetProperty("unwoundShares").GetDecimal());
        var takers = new HashSet<string>();
        await foreach (var t in host.PaperClob().GetAllTradesAsync(assetId: polyLeg.GetProperty("instrument").GetString()))
            takers.Add(t.TakerOrderId ?? "");
        Assert.Equal(2, takers.Count); // the buy and one sale, however often the sale was sent
        var booked = (await Client.GetFromJsonAsync<JsonElement>("/api/v1/trades?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(t => t.GetProperty("orderId").GetGuid() == id).Select(t => t.GetProperty("action").GetString()).Order().ToList();
        Assert.Equal(["buy", "sell"], booked);
    }

    [Fact]
    public async Task A_worker_that_died_after_sending_finds_the_leg_on_the_venue_instead_of_sending_it_again()
    {
        var order = await host.PlanKalshiOrderAsync(_user, 15m, DateTimeOffset.UtcNow);
        var leg = order.Legs[0];
        order.TransitionTo(BasketOrderStatus.Submitting, "sending legs", DateTimeOffset.UtcNow);
        leg.MarkSubmitting(null);
        await host.StoreAsync(order);

        // The order reached Kalshi, then the worker died before recording the answer.
        var sent = await host.PaperKalshi().PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = leg.Instrument, ClientOrderId = leg.ClientOrderId, Side = KalshiCreateOrderRequest.Bid, Count = leg.PlannedShares,
            Price = leg.LimitPrice!.Value, TimeInForce = KalshiTimeInForce.ImmediateOrCancel,
        });
        host.Wire.ResetCounters();

        await using (var scope = host.Trading.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(order.Id, CancellationToken.None);
        }

        var settled = await SettledAsync(Client, order.Id.Value);
        Assert.Equal("filled", settled.GetProperty("status").GetString());
        Assert.Equal(sent.OrderId, Leg(settled, 0).GetProperty("venueOrderId").GetString());
        Assert.Equal(leg.PlannedShares, Leg(settled, 0).GetProperty("filledShares").GetDecimal());
        Assert.Equal(0, host.Wire.OrderPosts);
    }
}
