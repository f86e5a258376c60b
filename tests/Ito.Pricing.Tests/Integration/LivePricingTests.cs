using System.Net;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using MassTransit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace Ito.Pricing.Tests.Integration;

/// <summary>Live recompute from events against real Postgres, Redis and RabbitMQ.</summary>
public sealed class LivePricingTests(PricingHost host) : IClassFixture<PricingHost>
{
    private static MarketId NewMarket() => MarketId.For(Venue.Kalshi, "TEST-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());

    private async Task<Guid> CreateBasketAsync(params BasketLegInfo[] legs)
    {
        var basketId = Guid.NewGuid();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, Guid.NewGuid(), "test", legs, DateTimeOffset.UtcNow, BasketVisibility.Public));
        await Eventually.TrueAsync(async () => (await host.Client().GetAsync($"/api/v1/baskets/{basketId}/price")).IsSuccessStatusCode,
            PricingHost.Patience, "the basket known to pricing");
        return basketId;
    }

    private Task TickAsync(MarketId market, decimal? mid, decimal? last = null, DateTimeOffset? at = null) =>
        host.Bus.Publish(new MarketPriceChanged(market, null, null, last, mid, at ?? DateTimeOffset.UtcNow));

    private async Task<BasketPriceView> PriceAsync(Guid basketId) =>
        (await host.Client(Scopes.BasketsRead).GetFromJsonAsync<BasketPriceView>($"/api/v1/baskets/{basketId}/price"))!;

    [Fact]
    public async Task A_tick_reprices_the_basket_into_redis_and_postgres_and_raises_BasketPriceChanged_incomplete_until_every_leg_is_priced()
    {
        var (a, b) = (NewMarket(), NewMarket());
        var basketId = await CreateBasketAsync(new BasketLegInfo(a, Side.Yes, 0.75m), new BasketLegInfo(b, Side.No, 0.25m));

        await TickAsync(a, mid: 0.60m);
        await Eventually.TrueAsync(async () => (await PriceAsync(basketId)).Legs.Any(l => l.YesPrice == 0.60m), PricingHost.Patience, "leg A priced");
        var incomplete = await PriceAsync(basketId);
        Assert.False(incomplete.IsComplete);
        Assert.Null(incomplete.Price);
        Assert.Equal(0.75m, incomplete.PricedWeight);
        Assert.Equal("false", (string?)await host.Redis.HashGetAsync(RedisBasketPriceCache.KeyOf(basketId), "complete"));

        await TickAsync(b, mid: null, last: 0.20m);
        await Eventually.TrueAsync(async () => (await PriceAsync(basketId)).IsComplete, PricingHost.Patience, "the basket complete");
        var complete = await PriceAsync(basketId);
        Assert.Equal(0.75m * 0.60m + 0.25m * 0.80m, complete.Price);
        Assert.Equal("redis", complete.Source);
        Assert.Equal("0.65", (string?)await host.Redis.HashGetAsync(RedisBasketPriceCache.KeyOf(basketId), "price"));

        // Live first: Redis may show the price a moment before the consumer's transaction commits it.
        await Eventually.TrueAsync(async () => await StoredPriceAsync(basketId) == 0.65m, PricingHost.Patience, "0.65 stored in Postgres");
        await Eventually.TrueAsync(async () => (await PriceChangesRaisedAsync(basketId)).Any(p => p.Contains("0.65")),
            PricingHost.Patience, "BasketPriceChanged 0.65 published through the outbox");

        // The same price again changes nothing stored, so it raises nothing.
        var raised = (await PriceChangesRaisedAsync(basketId)).Count;
        await TickAsync(b, mid: null, last: 0.20m);
        await TickAsync(a, mid: 0.61m);
        await Eventually.TrueAsync(async () => await StoredPriceAsync(basketId) == 0.75m * 0.61m + 0.25m * 0.80m, PricingHost.Patience, "0.6575 stored");
        Assert.Equal(raised + 1, (await PriceChangesRaisedAsync(basketId)).Count);
    }

    private Task<decimal?> StoredPriceAsync(Guid basketId) =>
        host.WithDbAsync(db => db.LatestBasketPrices.AsNoTracking().Where(p => p.BasketId == basketId).Select(p => p.Price).SingleAsync());

    private async Task<IReadOnlyList<string>> PriceChangesRaisedAsync(Guid basketId)
    {
        var raised = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.Contains(nameof(BasketPriceChanged))).Select(m => m.Payload).ToListAsync());
        return raised.Where(p => p.Contains(basketId.ToString())).ToList();
    }

    [Fact]
    public async Task A_tick_leaves_baskets_that_do_not_hold_the_market_alone_and_an_older_tick_is_ignored()
    {
        var (a, b) = (NewMarket(), NewMarket());
        var holder = await CreateBasketAsync(new BasketLegInfo(a, Side.Yes, 1));
        var bystander = await CreateBasketAsync(new BasketLegInfo(b, Side.Yes, 1));
        await TickAsync(b, mid: 0.10m);
        await Eventually.TrueAsync(async () => (await PriceAsync(bystander)).Price == 0.10m, PricingHost.Patience, "bystander priced");
        var bystanderBefore = await PriceAsync(bystander);

        var now = DateTimeOffset.UtcNow;
        await TickAsync(a, mid: 0.30m, at: now);
        await Eventually.TrueAsync(async () => (await PriceAsync(holder)).Price == 0.30m, PricingHost.Patience, "holder priced");
        await TickAsync(a, mid: 0.99m, at: now.AddMinutes(-1));
        await TickAsync(b, mid: 0.11m);
        await Eventually.TrueAsync(async () => (await PriceAsync(bystander)).Price == 0.11m, PricingHost.Patience, "a later tick handled");

        Assert.Equal(0.30m, (await PriceAsync(holder)).Price);
        Assert.NotEqual(bystanderBefore.AsOf, (await PriceAsync(bystander)).AsOf);
    }

    [Fact]
    public async Task History_serves_bars_from_snapshots_and_refuses_bad_windows_with_the_field_named()
    {
        var a = NewMarket();
        var basketId = await CreateBasketAsync(new BasketLegInfo(a, Side.Yes, 1));
        await TickAsync(a, mid: 0.40m);
        await Eventually.TrueAsync(async () => (await PriceAsync(basketId)).Price == 0.40m, PricingHost.Patience, "priced");
        await TickAsync(a, mid: 0.50m);
        await Eventually.TrueAsync(async () => (await PriceAsync(basketId)).Price == 0.50m, PricingHost.Patience, "priced again");

        var client = host.Client(Scopes.BasketsRead);
        var from = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O");
        BasketHistoryResponse? history = null;
        await Eventually.TrueAsync(async () =>
        {
            history = await client.GetFromJsonAsync<BasketHistoryResponse>($"/api/v1/baskets/{basketId}/history?interval=1h&from={Uri.EscapeDataString(from)}");
            return history!.Points.Count > 0 && history.Points[^1].Close == 0.50m;
        }, PricingHost.Patience, "an hourly bar closing at 0.50");
        // One bar, or two if the test straddles the hour.
        var bars = history!.Points;
        Assert.Equal((0.40m, 0.50m, 0.40m), (bars[0].Open, bars.Max(b => b.High), bars.Min(b => b.Low)));
        Assert.All(bars, b => Assert.Equal("live", b.Source));

        await AssertRefusedAsync(client, $"/api/v1/baskets/{basketId}/history?interval=5m", "interval");
        await AssertRefusedAsync(client, $"/api/v1/baskets/{basketId}/history?interval=1m&from=2020-01-01T00:00:00Z", "interval");
        await AssertRefusedAsync(client, $"/api/v1/baskets/{basketId}/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        await AssertRefusedAsync(client, $"/api/v1/baskets/{basketId}/history?to=yesterday", "to");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/baskets/{Guid.NewGuid()}/history")).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_basket_stops_pricing_it_and_clears_redis()
    {
        var a = NewMarket();
        var basketId = await CreateBasketAsync(new BasketLegInfo(a, Side.Yes, 1));
        await TickAsync(a, mid: 0.40m);
        await Eventually.TrueAsync(async () => (await PriceAsync(basketId)).Price == 0.40m, PricingHost.Patience, "priced");

        await host.Bus.Publish(new BasketDeleted(basketId, DateTimeOffset.UtcNow));

        await Eventually.TrueAsync(async () => (await host.Client().GetAsync($"/api/v1/baskets/{basketId}/price")).StatusCode == HttpStatusCode.NotFound,
            PricingHost.Patience, "the price gone");
        Assert.False(await host.Redis.KeyExistsAsync(RedisBasketPriceCache.KeyOf(basketId)));
    }

    [Fact]
    public async Task Reads_need_baskets_read_and_a_backfill_needs_baskets_write()
    {
        var basketId = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Pricing.CreateClient().GetAsync($"/api/v1/baskets/{basketId}/price")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Scopes.TradesRead).GetAsync($"/api/v1/baskets/{basketId}/price")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Scopes.BasketsRead).PostAsync($"/api/v1/baskets/{basketId}/backfill", null)).StatusCode);
    }

    internal static async Task AssertRefusedAsync(HttpClient client, string url, string field, HttpMethod? method = null)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Get, url));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
        Assert.Equal("https://docs.itomarkets.dev/problems/validation", problem.Type);
    }
}
