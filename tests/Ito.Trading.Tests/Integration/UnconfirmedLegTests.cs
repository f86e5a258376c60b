using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Testing;
using Ito.Trading.Data;
using Ito.Trading.Orders;
using Ito.Trading.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>
/// A leg whose order may be on the venue while the venue cannot say so (a lost answer, then failing lookups or fills
/// reads), and runs of one order that overlap: the leg waits and is looked up again, and is never placed twice.
/// </summary>
[Collection(TradingCollection.Name)]
public sealed class UnconfirmedLegTests(TradingHost host) : IAsyncLifetime
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    public Task InitializeAsync() => host.ClearFaultsAsync();

    public Task DisposeAsync() => host.ClearFaultsAsync();

    /// <summary>Leg 0 on Kalshi, leg 1 on Polymarket.</summary>
    private async Task<Guid> TwoVenueBasketAsync()
    {
        var kalshi = host.NextKalshiMarket();
        var poly = await host.NewPolymarketMarketAsync();
        return await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, Side.Yes, 0.5m), new BasketLegInfo(poly, Side.Yes, 0.5m));
    }

    [Theory]
    [InlineData("kalshi", "/portfolio/events/orders", "/portfolio/orders")]
    [InlineData("polymarket", "/clob/order", "/data/order/")]
    [InlineData("kalshi", null, "/portfolio/fills")]
    [InlineData("polymarket", null, "/data/trades")]
    public async Task A_placed_order_the_venue_cannot_confirm_for_a_while_is_reconciled_by_redelivery_never_sent_twice(
        string venue, string? lostAnswerPath, string failingReadPath)
    {
        var basket = await TwoVenueBasketAsync();
        host.Wire.ResetCounters();
        if (lostAnswerPath is not null) host.Wire.LoseAnswers(lostAnswerPath, 1);
        // Enough 5xx for every read of the first run (the SDK's own lookup or fills read, then the executor's, each
        // with the pipeline's read retries), so only a later run can learn what happened to the order.
        await host.AddFaultAsync(new { venue, path = failingReadPath, serverErrors = 8, serverErrorStatus = 503 });

        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m });

        Assert.Equal("filled", order.GetProperty("status").GetString());
        Assert.Equal(["submitting", "filled"], Transitions(order));
        var leg = Leg(order, venue == "kalshi" ? 0 : 1);
        Assert.Equal(leg.GetProperty("plannedShares").GetDecimal(), leg.GetProperty("filledShares").GetDecimal());
        await host.ClearFaultsAsync();
        Assert.Equal([leg.GetProperty("venueOrderId").GetString()!], await host.OrdersOnVenueAsync(leg));
        Assert.Equal(lostAnswerPath is null ? 0 : 1, host.Wire.AnswersLost);
        Assert.Equal(2, host.Wire.OrderPosts); // one per leg: the unconfirmed one was looked up again, not re-sent
    }

    [Theory]
    [InlineData("kalshi", "/portfolio/events/orders", "/portfolio/orders")]
    [InlineData("polymarket", "/clob/order", "/data/order/")]
    public async Task A_lost_answer_while_the_venue_cannot_be_asked_leaves_the_leg_submitting_until_a_lookup_finds_it(
        string venue, string lostAnswerPath, string lookupPath)
    {
        var basket = await TwoVenueBasketAsync();
        var legIndex = venue == "kalshi" ? 0 : 1;
        host.Wire.ResetCounters();
        host.Wire.LoseAnswers(lostAnswerPath, 1);
        await host.AddFaultAsync(new { venue, path = lookupPath, serverErrors = 1_000_000, serverErrorStatus = 503 });

        var (status, placed) = await PlaceAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = placed.GetProperty("id").GetGuid();
        var clientOrderId = Leg(placed, legIndex).GetProperty("clientOrderId").GetString()!;

        // The first run and at least two redeliveries each asked the venue, could not get an answer, and sent nothing.
        await Eventually.TrueAsync(() => Task.FromResult(host.Logs.Lines.Count(l => l.Contains($"Leg {clientOrderId}: the venue could not be asked")) >= 3),
            TimeSpan.FromSeconds(60), "redeliveries that find the leg's outcome still unknown");
        var waiting = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
        Assert.Equal("submitting", waiting.GetProperty("status").GetString());
        Assert.Equal("submitting", Leg(waiting, legIndex).GetProperty("status").GetString());
        Assert.Contains("outcome unknown", Leg(waiting, legIndex).GetProperty("error").GetString());
        Assert.Contains("not re-sent", Leg(waiting, legIndex).GetProperty("error").GetString());
        Assert.Equal(1, host.Wire.AnswersLost);
        Assert.Equal(2, host.Wire.OrderPosts);

        // The venue answers again: the next run (a redelivery still due, or this resume) finds the order.
        await host.ClearFaultsAsync();
        await using (var scope = host.Trading.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(new BasketOrderId(id), CancellationToken.None);
        }

        var settled = await SettledAsync(Client, id);
        Assert.Equal("filled", settled.GetProperty("status").GetString());
        var leg = Leg(settled, legIndex);
        Assert.Equal(leg.GetProperty("plannedShares").GetDecimal(), leg.GetProperty("filledShares").GetDecimal());
        Assert.Equal(JsonValueKind.Null, leg.GetProperty("error").ValueKind);
        Assert.Equal([leg.GetProperty("venueOrderId").GetString()!], await host.OrdersOnVenueAsync(leg));
        Assert.Equal(2, host.Wire.OrderPosts);
    }

    [Fact]
    public async Task A_second_run_of_an_order_while_another_run_drives_it_sends_nothing()
    {
        var order = await host.PlanKalshiOrderAsync(_user, 15m, DateTimeOffset.UtcNow);
        await using var running = host.Trading.Services.CreateAsyncScope();
        var runningDb = running.ServiceProvider.GetRequiredService<TradingDbContext>();
        runningDb.BasketOrders.Add(order);
        await runningDb.SaveChangesAsync();
        host.Wire.ResetCounters();

        // A duplicate delivery arrives while the first run holds the order.
        await using (var firstRun = await OrderRunLock.TryTakeAsync(runningDb, order.Id, CancellationToken.None))
        {
            Assert.NotNull(firstRun);
            await using var duplicate = host.Trading.Services.CreateAsyncScope();
            await duplicate.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(order.Id, CancellationToken.None);
        }

        Assert.Equal(0, host.Wire.OrderPosts);
        Assert.Equal("pending", (await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.Id}")).GetProperty("status").GetString());

        await using (var next = host.Trading.Services.CreateAsyncScope())
        {
            await next.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(order.Id, CancellationToken.None);
        }

        Assert.Equal("filled", (await SettledAsync(Client, order.Id.Value)).GetProperty("status").GetString());
        Assert.Equal(1, host.Wire.OrderPosts);
    }
}
