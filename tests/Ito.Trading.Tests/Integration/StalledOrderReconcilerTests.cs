using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Testing;
using Ito.Trading.Orders;
using Ito.Trading.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>
/// Orders nothing drives any more (their message ran out of retries, their worker died): the reconciler resumes them
/// once they have stood still long enough, through the executor, so a leg is looked up and never placed twice; an
/// order that moved recently is left to whatever drives it.
/// </summary>
[Collection(ReconcilingTradingCollection.Name)]
public sealed class StalledOrderReconcilerTests(ReconcilingTradingHost host) : IAsyncLifetime
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    public Task InitializeAsync() => host.ClearFaultsAsync();

    public Task DisposeAsync() => host.ClearFaultsAsync();

    [Theory]
    [InlineData("kalshi", "/portfolio/events/orders", "/portfolio/orders")]
    [InlineData("polymarket", "/clob/order", "/data/order/")]
    public async Task An_order_left_submitting_by_a_message_that_ran_out_of_retries_is_resumed_once_the_venue_answers_without_a_second_order(
        string venue, string lostAnswerPath, string lookupPath)
    {
        var kalshi = host.NextKalshiMarket();
        var poly = await host.NewPolymarketMarketAsync();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(kalshi, Side.Yes, 0.5m), new BasketLegInfo(poly, Side.Yes, 0.5m));
        var legIndex = venue == "kalshi" ? 0 : 1;
        await using var gaveUp = await GaveUpMessages.ListenAsync(host.Trading.Services.GetRequiredService<IBus>());
        host.Wire.ResetCounters();
        host.Wire.LoseAnswers(lostAnswerPath, 1);
        await host.AddFaultAsync(new { venue, path = lookupPath, serverErrors = 1_000_000, serverErrorStatus = 503 });

        var (status, placed) = await PlaceAsync(Client, basket, new { side = "yes", amount = 30m, mode = "paper", maxSlippage = 0.05m }, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Accepted, status);
        var id = placed.GetProperty("id").GetGuid();

        // Every try of the message asked the venue, got no answer and sent nothing; then the message gave up.
        await Eventually.TrueAsync(() => Task.FromResult(gaveUp.Contains(id)), TimeSpan.FromSeconds(60), $"order {id}'s message in the error queue");
        var waiting = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
        Assert.Equal("submitting", waiting.GetProperty("status").GetString());
        Assert.Equal("submitting", Leg(waiting, legIndex).GetProperty("status").GetString());
        Assert.Contains("outcome unknown", Leg(waiting, legIndex).GetProperty("error").GetString());

        // Stalled now: passes take it up, and while the venue still cannot answer, they leave it waiting and send nothing.
        await Eventually.TrueAsync(() => Task.FromResult(host.Logs.Lines.Any(l => l.Contains($"Stalled basket order {id}: the venues still cannot say"))),
            ReconcilingTradingHost.StalledAfter + TimeSpan.FromSeconds(30), $"a pass that finds order {id}'s leg still unknown");
        waiting = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}");
        Assert.Equal("submitting", waiting.GetProperty("status").GetString());
        Assert.Equal(["submitting"], Transitions(waiting));
        Assert.Equal(2, host.Wire.OrderPosts);

        await host.ClearFaultsAsync();
        var settled = await SettledAsync(Client, id);

        Assert.Equal("filled", settled.GetProperty("status").GetString());
        Assert.Equal(["submitting", "filled"], Transitions(settled));
        var moves = settled.GetProperty("transitions");
        Assert.True(moves[1].GetProperty("at").GetDateTimeOffset() - moves[0].GetProperty("at").GetDateTimeOffset() >= ReconcilingTradingHost.StalledAfter);
        foreach (var leg in settled.GetProperty("legs").EnumerateArray())
        {
            Assert.Equal(leg.GetProperty("plannedShares").GetDecimal(), leg.GetProperty("filledShares").GetDecimal());
            Assert.Equal(JsonValueKind.Null, leg.GetProperty("error").ValueKind);
            Assert.Equal([leg.GetProperty("venueOrderId").GetString()!], await host.OrdersOnVenueAsync(leg));
        }

        Assert.Equal(1, host.Wire.AnswersLost);
        Assert.Equal(2, host.Wire.OrderPosts); // one per leg: the unconfirmed one was found, not re-sent
    }

    [Fact]
    public async Task An_order_that_moved_recently_is_left_alone_until_it_too_has_stood_still_long_enough()
    {
        var now = DateTimeOffset.UtcNow;
        var stalled = await host.PlanKalshiOrderAsync(_user, 15m, now.AddHours(-1));
        stalled.TransitionTo(BasketOrderStatus.Submitting, "sending legs", now.AddHours(-1));
        var recent = await host.PlanKalshiOrderAsync(_user, 15m, now);
        recent.TransitionTo(BasketOrderStatus.Submitting, "sending legs", now);
        host.Wire.ResetCounters();
        await host.StoreAsync(stalled, recent);

        Assert.Equal("filled", (await SettledAsync(Client, stalled.Id.Value)).GetProperty("status").GetString());

        // The pass that resumed the stalled order saw the recent one too, and left it to whatever drives it.
        var untouched = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{recent.Id}");
        Assert.Equal("submitting", untouched.GetProperty("status").GetString());
        Assert.Equal(["submitting"], Transitions(untouched));
        Assert.Equal("planned", Leg(untouched, 0).GetProperty("status").GetString());
        Assert.Equal(1, host.Wire.OrderPosts);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains($"Resuming stalled basket order {recent.Id}"));

        // Nothing drives it, though: once it has stood still long enough, a pass resumes it as well.
        var resumed = await SettledAsync(Client, recent.Id.Value);
        Assert.Equal("filled", resumed.GetProperty("status").GetString());
        var moves = resumed.GetProperty("transitions");
        Assert.True(moves[1].GetProperty("at").GetDateTimeOffset() - moves[0].GetProperty("at").GetDateTimeOffset() >= ReconcilingTradingHost.StalledAfter);
        Assert.Equal(2, host.Wire.OrderPosts);
    }

    [Fact]
    public async Task An_order_left_pending_with_no_message_to_drive_it_is_placed_once_with_the_limits_it_was_accepted_with()
    {
        var placedAt = DateTimeOffset.UtcNow.AddHours(-1);
        var pending = await host.PlanKalshiOrderAsync(_user, 15m, placedAt);
        var planned = Assert.Single(pending.Legs);
        host.Wire.ResetCounters();
        await host.StoreAsync(pending);

        var settled = await SettledAsync(Client, pending.Id.Value);

        Assert.Equal("filled", settled.GetProperty("status").GetString());
        Assert.Equal(["submitting", "filled"], Transitions(settled));
        var leg = Leg(settled, 0);
        Assert.Equal(planned.LimitPrice, leg.GetProperty("limitPrice").GetDecimal());
        Assert.Equal(planned.PlannedShares, leg.GetProperty("filledShares").GetDecimal());
        Assert.Equal(1, host.Wire.OrderPosts);
        Assert.Contains(host.Logs.Lines, l => l.Contains($"Resuming stalled basket order {pending.Id} (pending"));
    }

    /// <summary>Orders whose <see cref="BasketOrderSubmitted"/> ran out of retries: MassTransit publishes a fault as it moves the message to the error queue.</summary>
    private sealed class GaveUpMessages : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<Guid, bool> _orders = new();
        private HostReceiveEndpointHandle? _endpoint;

        public static async Task<GaveUpMessages> ListenAsync(IBus bus)
        {
            var listener = new GaveUpMessages();
            listener._endpoint = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance,
                endpoint => endpoint.Handler<Fault<BasketOrderSubmitted>>(context =>
                {
                    listener._orders.TryAdd(context.Message.Message.OrderId, true);
                    return Task.CompletedTask;
                }));
            await listener._endpoint.Ready;
            return listener;
        }

        public bool Contains(Guid orderId) => _orders.ContainsKey(orderId);

        public async ValueTask DisposeAsync()
        {
            if (_endpoint is not null) await _endpoint.StopAsync();
        }
    }
}
