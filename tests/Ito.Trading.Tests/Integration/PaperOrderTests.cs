using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Testing;
using Ito.ServiceDefaults.Auth;
using Ito.Trading.Data;
using Ito.Trading.Orders;
using Ito.Trading.Planning;
using Ito.Venues;
using Ito.Trading.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>Paper orders on both venues through the real signing paths, against the in-process simulator.</summary>
[Collection(TradingCollection.Name)]
public sealed class PaperOrderTests(TradingHost host)
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    private async Task<(Guid Basket, MarketId Kalshi, MarketId Poly)> TwoVenueBasketAsync(Side kalshiSide = Side.Yes, Side polySide = Side.Yes)
    {
        var kalshi = host.NextKalshiMarket();
        var poly = await host.NewPolymarketMarketAsync();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, kalshiSide, 0.6m), new BasketLegInfo(poly, polySide, 0.4m));
        return (basket, kalshi, poly);
    }

    [Fact]
    public async Task A_system_basket_whose_creation_was_missed_is_orderable_by_anyone_once_its_legs_change()
    {
        var (basket, kalshi) = (Guid.NewGuid(), host.NextKalshiMarket());
        await host.Trading.Services.GetRequiredService<IBus>().Publish(
            new BasketLegsChanged(basket, [new BasketLegInfo(kalshi, Side.Yes, 1)], DateTimeOffset.UtcNow, BasketKind.System));
        var body = new { side = "yes", amount = 20m, mode = "paper", maxSlippage = 0.05m };

        var anyone = host.Trading.CreateClientFor(Guid.NewGuid());
        await Eventually.TrueAsync(async () =>
            (await SendAsync(anyone, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview", body)).Status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the system basket orderable by a user who does not own it");
    }

    [Fact]
    public async Task Another_users_public_basket_is_orderable_until_its_owner_makes_it_private()
    {
        var (basket, kalshi, bus) = (Guid.NewGuid(), host.NextKalshiMarket(), host.Trading.Services.GetRequiredService<IBus>());
        var created = DateTimeOffset.UtcNow;
        await bus.Publish(new BasketCreated(basket, BasketKind.Custom, Guid.NewGuid(), "someone's public view",
            [new BasketLegInfo(kalshi, Side.Yes, 1)], created, BasketVisibility.Public));
        var body = new { side = "yes", amount = 20m, mode = "paper", maxSlippage = 0.05m };

        await Eventually.TrueAsync(async () =>
            (await SendAsync(Client, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview", body)).Status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "a public basket previewed by a user who does not own it");
        var order = await PlaceAndSettleAsync(Client, basket, body);
        Assert.Equal("filled", order.GetProperty("status").GetString());

        // The owner's turn to private closes it to everyone else.
        await bus.Publish(new BasketVisibilityChanged(basket, BasketVisibility.Private, created.AddSeconds(1)));
        await Eventually.TrueAsync(async () =>
            (await SendAsync(Client, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview", body)).Status == HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(60), "the basket, now private, refused to a user who does not own it");
        var (status, _) = await PlaceAsync(Client, basket, body, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.NotFound, status);
        // What was bought while it was public stays the user's.
        Assert.Equal("filled", (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.GetProperty("id").GetGuid()}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_paper_yes_order_fills_on_both_venues_with_signed_orders_and_books_positions()
    {
        var (basket, kalshi, poly) = await TwoVenueBasketAsync();

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 100m, mode = "paper", maxSlippage = 0.05m, policy = "best-effort" });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        Assert.Equal(["submitting", "filled"], Transitions(order));
        var kalshiLeg = Leg(order, 0);
        var polyLeg = Leg(order, 1);
        Assert.Equal(60m, kalshiLeg.GetProperty("budget").GetDecimal());
        Assert.Equal(40m, polyLeg.GetProperty("budget").GetDecimal());
        foreach (var leg in new[] { kalshiLeg, polyLeg })
        {
            Assert.Equal("filled", leg.GetProperty("status").GetString());
            Assert.Equal("yes", leg.GetProperty("outcome").GetString());
            Assert.Equal(leg.GetProperty("plannedShares").GetDecimal(), leg.GetProperty("filledShares").GetDecimal());
            Assert.True(leg.GetProperty("averagePrice").GetDecimal() <= leg.GetProperty("limitPrice").GetDecimal());
            Assert.True(leg.GetProperty("filledCost").GetDecimal() <= leg.GetProperty("budget").GetDecimal() * 1.1m);
        }

        Assert.True(kalshiLeg.GetProperty("fees").GetDecimal() > 0, "Kalshi charges takers a fee");
        Assert.Equal(0m, kalshiLeg.GetProperty("plannedShares").GetDecimal() % 1);

        // The simulator accepted both orders, so it verified the RSA-PSS and EIP-712 + HMAC signatures; it knows
        // the Kalshi order by our client order id and the CLOB order by the hash we stored.
        var onKalshi = await host.PaperKalshi().FindOrderByClientOrderIdAsync(kalshiLeg.GetProperty("clientOrderId").GetString()!, kalshi.VenueMarketId);
        Assert.NotNull(onKalshi);
        Assert.Equal(kalshiLeg.GetProperty("venueOrderId").GetString(), onKalshi.OrderId);
        var onClob = await host.PaperClob().GetOrderAsync(polyLeg.GetProperty("venueOrderId").GetString()!);
        Assert.NotNull(onClob);
        Assert.Equal(polyLeg.GetProperty("filledShares").GetDecimal(), onClob.SizeMatched);

        var positions = await Client.GetFromJsonAsync<JsonElement>("/api/v1/positions?mode=paper");
        var basketPosition = Assert.Single(positions.GetProperty("items").EnumerateArray(), p => p.GetProperty("basketId").GetGuid() == basket);
        Assert.Equal(2, basketPosition.GetProperty("legs").GetArrayLength());
        Assert.Equal(order.GetProperty("filledCost").GetDecimal(), basketPosition.GetProperty("costBasis").GetDecimal());
        var trades = await Client.GetFromJsonAsync<JsonElement>("/api/v1/trades?pageSize=10");
        Assert.Equal(2, trades.GetProperty("items").EnumerateArray().Count(t => t.GetProperty("orderId").GetGuid() == order.GetProperty("id").GetGuid()));
        Assert.Equal(poly.ToString(), polyLeg.GetProperty("marketId").GetString());
    }

    [Fact]
    public async Task A_basket_no_buys_the_opposite_outcome_of_every_leg()
    {
        var (basket, kalshi, _) = await TwoVenueBasketAsync(kalshiSide: Side.Yes, polySide: Side.No);

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "no", amount = 50m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        Assert.Equal("no", Leg(order, 0).GetProperty("outcome").GetString());
        Assert.Equal("yes", Leg(order, 1).GetProperty("outcome").GetString());
        // Buying Kalshi NO is a V2 "ask" (selling YES) at 1 − the NO price.
        var onKalshi = await host.PaperKalshi().FindOrderByClientOrderIdAsync(Leg(order, 0).GetProperty("clientOrderId").GetString()!, kalshi.VenueMarketId);
        Assert.NotNull(onKalshi);
        Assert.Equal(1m - Leg(order, 0).GetProperty("limitPrice").GetDecimal(), onKalshi.YesPriceDollars);
        Assert.True(Leg(order, 0).GetProperty("averagePrice").GetDecimal() <= Leg(order, 0).GetProperty("limitPrice").GetDecimal());
    }

    [Fact]
    public async Task A_preview_returns_the_plan_and_places_nothing()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        host.Wire.ResetCounters();

        var (status, preview) = await SendAsync(Client, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview",
            new { side = "yes", amount = 33.33m, mode = "paper", maxSlippage = 0.02m });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, preview.GetProperty("legs").GetArrayLength());
        var legs = preview.GetProperty("legs").EnumerateArray().ToList();
        Assert.Equal(33.33m, legs.Sum(l => l.GetProperty("budget").GetDecimal()), 2);
        Assert.Equal(legs.Sum(l => l.GetProperty("leftover").GetDecimal()), preview.GetProperty("leftover").GetDecimal());
        Assert.True(legs.All(l => l.GetProperty("shares").GetDecimal() > 0));
        Assert.Equal(0, host.Wire.OrderPosts);
        await using var scope = host.Trading.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TradingDbContext>().BasketOrders.AnyAsync(o => o.BasketId == basket));
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_order_and_never_places_a_second()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        var body = new { side = "yes", amount = 20m, mode = "paper" };
        var key = "click-" + Guid.NewGuid();

        var first = await PlaceAsync(Client, basket, body, key);
        var again = await PlaceAsync(Client, basket, body with { }, key);
        var otherUser = await PlaceAsync(host.Trading.CreateClientFor(Guid.NewGuid()), basket, body, key);
        var anotherOrder = await PlaceAsync(Client, basket, body with { amount = 25m }, key);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(first.Body.GetProperty("id").GetGuid(), again.Body.GetProperty("id").GetGuid());
        // The key named the first order: a different order under it is refused, not answered with the first.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, anotherOrder.Status);
        Assert.Equal("Idempotency-Key already used for another order", anotherOrder.Body.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, otherUser.Status); // another user's basket is not theirs to order
        await SettledAsync(Client, first.Body.GetProperty("id").GetGuid());
        await using var scope = host.Trading.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TradingDbContext>().BasketOrders.CountAsync(o => o.UserId == _user && o.IdempotencyKey == key));
    }

    [Fact]
    public async Task Another_users_order_is_not_found_and_cannot_be_cancelled()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();
        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 10m, mode = "paper" });
        var stranger = host.Trading.CreateClientFor(Guid.NewGuid());
        var id = order.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(stranger, HttpMethod.Get, $"/api/v1/orders/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(stranger, HttpMethod.Delete, $"/api/v1/orders/{id}")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(Client, HttpMethod.Delete, $"/api/v1/orders/{id}")).Status);
    }

    [Fact]
    public async Task Invalid_requests_are_400_naming_each_field_and_change_nothing()
    {
        var (basket, _, _) = await TwoVenueBasketAsync();

        var (status, problem) = await PlaceAsync(Client, basket, new { side = "maybe", amount = -5m, mode = "yolo", maxSlippage = 2m, policy = "sometimes" }, idempotencyKey: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "Idempotency-Key", "side", "amount", "mode", "maxSlippage", "policy" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {problem}");
        var readOnly = host.Trading.CreateClientFor(_user, scopes: [Scopes.TradesRead]);
        Assert.Equal(HttpStatusCode.Forbidden, (await PlaceAsync(readOnly, basket, new { side = "yes", amount = 5m, mode = "paper" }, "k")).Status);
        await using var scope = host.Trading.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TradingDbContext>().BasketOrders.AnyAsync(o => o.BasketId == basket));
    }

    [Fact]
    public async Task An_order_or_preview_on_a_basket_without_legs_is_a_409_problem_and_stores_nothing()
    {
        var basket = await host.CreateBasketAsync(_user);
        var body = new { side = "yes", amount = 20m, mode = "paper" };
        host.Wire.ResetCounters();

        var placed = await PlaceAsync(Client, basket, body, "empty-" + Guid.NewGuid());
        var previewed = await SendAsync(Client, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview", body);

        foreach (var (status, problem) in new[] { placed, previewed })
        {
            Assert.True(status == HttpStatusCode.Conflict, $"{status}: {problem}");
            Assert.Equal(ProblemDetailsDefaults.TypeBase + "conflict", problem.GetProperty("type").GetString());
            Assert.Equal(409, problem.GetProperty("status").GetInt32());
            Assert.Contains("no legs", problem.GetProperty("detail").GetString());
        }

        Assert.Equal(0, host.Wire.OrderPosts);
        await using var scope = host.Trading.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<TradingDbContext>().BasketOrders.AnyAsync(o => o.BasketId == basket));
    }

    [Fact]
    public async Task A_pending_order_cancelled_before_it_is_sent_is_never_sent()
    {
        var (basket, kalshi, poly) = await TwoVenueBasketAsync();
        var order = PendingOrder(basket, kalshi, poly);
        await using (var scope = host.Trading.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TradingDbContext>();
            db.BasketOrders.Add(order);
            await db.SaveChangesAsync();
        }

        host.Wire.ResetCounters();
        var (status, cancelled) = await SendAsync(Client, HttpMethod.Delete, $"/api/v1/orders/{order.Id}");
        await using (var scope = host.Trading.Services.CreateAsyncScope())
        {
            // A late or redelivered submission finds the order cancelled and sends nothing.
            await scope.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(order.Id, CancellationToken.None);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(["cancelled"], Transitions(cancelled));
        Assert.All(cancelled.GetProperty("legs").EnumerateArray(), l => Assert.Equal("cancelled", l.GetProperty("status").GetString()));
        Assert.Equal(0, host.Wire.OrderPosts);
        Assert.Equal("cancelled", (await SendAsync(Client, HttpMethod.Get, $"/api/v1/orders/{order.Id}")).Body.GetProperty("status").GetString());
    }

    private BasketOrder PendingOrder(Guid basket, MarketId kalshi, MarketId poly)
    {
        var quotes = new[] { kalshi, poly }.Select((m, i) => new LegQuote(i, m, Side.Yes, 0.5m, [new PriceLevel(0.5m, 100m)], PriceGrid.Uniform(0.01m), 1m, 1m)).ToList();
        return BasketOrder.Place(_user, basket, Guid.NewGuid().ToString(), Side.Yes, 10m, TradingMode.Paper, 0.02m, OrderPolicy.BestEffort,
            BasketOrderPlanner.Plan(10m, 0.02m, quotes), l => l.MarketId.VenueMarketId, DateTimeOffset.UtcNow);
    }
}
