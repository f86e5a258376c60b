using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;
using Ito.Testing;
using MassTransit;

namespace Ito.Pricing.Tests.Integration;

/// <summary>The SSE stream: one event per change, replay after Last-Event-ID.</summary>
public sealed class StreamTests(PricingHost host) : IClassFixture<PricingHost>
{
    [Fact]
    public async Task The_stream_sends_the_current_price_then_each_change_and_replays_what_was_missed_after_Last_Event_ID()
    {
        var market = MarketId.For(Venue.Kalshi, "SSE-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        var basketId = Guid.NewGuid();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, Guid.NewGuid(), "sse", [new BasketLegInfo(market, Side.Yes, 1)], DateTimeOffset.UtcNow, BasketVisibility.Public));
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.40m, DateTimeOffset.UtcNow));
        var client = host.Client();
        await Eventually.TrueAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/baskets/{basketId}/price");
            return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<BasketPriceView>())!.Price == 0.40m;
        }, PricingHost.Patience, "the basket priced");

        long secondId;
        using (var stream = await SseReader.OpenAsync(client, $"/api/v1/baskets/{basketId}/stream"))
        {
            var first = await stream.NextAsync();
            Assert.Equal(0.40m, first.Price.Price);

            await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.45m, DateTimeOffset.UtcNow));
            var second = await stream.NextAsync();
            Assert.Equal(0.45m, second.Price.Price);
            Assert.True(second.Id > first.Id);
            secondId = second.Id;
        }

        // Disconnected: this change is missed, then replayed on reconnection.
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.47m, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await client.GetFromJsonAsync<BasketPriceView>($"/api/v1/baskets/{basketId}/price"))!.Price == 0.47m,
            PricingHost.Patience, "the missed change applied");

        using var resumed = await SseReader.OpenAsync(client, $"/api/v1/baskets/{basketId}/stream", lastEventId: secondId);
        var replayed = await resumed.NextAsync();
        Assert.Equal(0.47m, replayed.Price.Price);
        Assert.True(replayed.Id > secondId);
    }

    [Fact]
    public async Task An_unknown_basket_has_no_stream()
    {
        var response = await host.Client().GetAsync($"/api/v1/baskets/{Guid.NewGuid()}/stream");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
