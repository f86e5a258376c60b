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

    [Fact]
    public async Task One_stream_carries_several_baskets_current_prices_then_their_changes_and_leaves_out_what_the_caller_may_not_read()
    {
        var owner = Guid.NewGuid();
        var (mine, mineMarket) = await PricedBasketAsync(owner, BasketVisibility.Private, 0.40m);
        var (shared, sharedMarket) = await PricedBasketAsync(Guid.NewGuid(), BasketVisibility.Public, 0.50m);
        var (theirs, theirsMarket) = await PricedBasketAsync(Guid.NewGuid(), BasketVisibility.Private, 0.60m);
        var client = host.Pricing.CreateClientFor(owner);

        using var stream = await SseReader.OpenAsync(client, $"/api/v1/baskets/stream?id={mine}&id={shared}&id={theirs}&id={Guid.NewGuid()}");
        var current = new[] { await stream.NextAsync(), await stream.NextAsync() }.ToDictionary(e => e.Price.BasketId, e => e.Price.Price);
        Assert.Equal(new Dictionary<Guid, decimal?> { [mine] = 0.40m, [shared] = 0.50m }, current);

        // Another user's private basket moves first: its change never reaches this stream.
        await host.Bus.Publish(new MarketPriceChanged(theirsMarket, null, null, null, 0.61m, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => (await host.Pricing.CreateClientFor(Guid.NewGuid(), admin: true)
            .GetFromJsonAsync<BasketPriceView>($"/api/v1/baskets/{theirs}/price"))!.Price == 0.61m, PricingHost.Patience, "the private basket repriced");
        await host.Bus.Publish(new MarketPriceChanged(sharedMarket, null, null, null, 0.55m, DateTimeOffset.UtcNow));
        var next = await stream.NextAsync();
        Assert.Equal((shared, 0.55m), (next.Price.BasketId, next.Price.Price));
        await host.Bus.Publish(new MarketPriceChanged(mineMarket, null, null, null, 0.42m, DateTimeOffset.UtcNow));
        next = await stream.NextAsync();
        Assert.Equal((mine, 0.42m), (next.Price.BasketId, next.Price.Price));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?id=not-a-basket")]
    [InlineData("?id=00000000-0000-0000-0000-000000000001&id=nope")]
    public async Task A_stream_of_several_baskets_needs_1_to_50_basket_ids(string query)
    {
        await AssertRefusedAsync($"/api/v1/baskets/stream{query}");
    }

    [Fact]
    public async Task A_stream_of_more_than_50_baskets_is_refused() =>
        await AssertRefusedAsync("/api/v1/baskets/stream?" + string.Join("&", Enumerable.Range(0, 51).Select(_ => $"id={Guid.NewGuid()}")));

    private async Task AssertRefusedAsync(string url)
    {
        var response = await host.Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("id", out _));
    }

    private async Task<(Guid Basket, MarketId Market)> PricedBasketAsync(Guid owner, BasketVisibility visibility, decimal price)
    {
        var market = MarketId.For(Venue.Kalshi, "SSEM-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        var basketId = Guid.NewGuid();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, owner, "sse", [new BasketLegInfo(market, Side.Yes, 1)], DateTimeOffset.UtcNow, visibility));
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, price, DateTimeOffset.UtcNow));
        var admin = host.Pricing.CreateClientFor(Guid.NewGuid(), admin: true);
        await Eventually.TrueAsync(async () =>
        {
            var response = await admin.GetAsync($"/api/v1/baskets/{basketId}/price");
            return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<BasketPriceView>())!.Price == price;
        }, PricingHost.Patience, "the basket priced");
        return (basketId, market);
    }
}
