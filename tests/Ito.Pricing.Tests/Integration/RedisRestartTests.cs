using System.Globalization;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;
using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Tests.Integration;

/// <summary>
/// Redis goes away while pricing runs and comes back empty (a restarted cache): prices go on being computed and are
/// served from Postgres meanwhile, and once Redis is back the latest prices are written to it again, without a tick.
/// </summary>
public sealed class RedisRestartTests(PrivateRedisHost host) : IClassFixture<PrivateRedisHost>
{
    private static MarketId NewMarket() => MarketId.For(Venue.Kalshi, "RESTART-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());

    private async Task<Guid> PricedBasketAsync(MarketId market, decimal yes)
    {
        var basketId = Guid.NewGuid();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.System, null, "redis restart", [new BasketLegInfo(market, Side.Yes, 1)],
            DateTimeOffset.UtcNow, BasketVisibility.Public));
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, yes, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await CachedPriceAsync(basketId) == yes, PricingHost.Patience, "the price in the private Redis");
        return basketId;
    }

    /// <summary>The price in the private Redis, read with a client of the test's own (not the service's).</summary>
    private async Task<decimal?> CachedPriceAsync(Guid basketId)
    {
        if (!host.RedisServer.IsRunning) return null;
        await using var redis = await host.RedisServer.ConnectAsync();
        var price = await redis.GetDatabase().HashGetAsync(RedisBasketPriceCache.KeyOf(basketId), "price");
        return price.IsNullOrEmpty ? null : decimal.Parse(price.ToString(), CultureInfo.InvariantCulture);
    }

    private async Task<BasketPriceView?> ServedPriceAsync(Guid basketId)
    {
        var response = await host.Client().GetAsync($"/api/v1/baskets/{basketId}/price");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<BasketPriceView>() : null;
    }

    private async Task RedisRunningAsync()
    {
        if (!host.RedisServer.IsRunning) await host.RedisServer.StartAsync();
    }

    [Fact]
    public async Task While_redis_is_down_ticks_are_priced_and_served_from_postgres_and_when_it_returns_the_latest_prices_are_written_back()
    {
        await RedisRunningAsync();
        var (market, bystanderMarket) = (NewMarket(), NewMarket());
        var basketId = await PricedBasketAsync(market, 0.20m);
        var bystander = await PricedBasketAsync(bystanderMarket, 0.70m);
        Assert.Equal("redis", (await ServedPriceAsync(basketId))!.Source);

        await host.RedisServer.KillAsync();
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, 0.35m, DateTimeOffset.UtcNow));

        BasketPriceView? during = null;
        await Eventually.TrueAsync(async () => (during = await ServedPriceAsync(basketId))?.Price == 0.35m, PricingHost.Patience, "the tick priced during the outage");
        Assert.Equal("postgres", during!.Source);
        Assert.Equal(0.35m, await host.WithDbAsync(db => db.LatestBasketPrices.AsNoTracking().Where(p => p.BasketId == basketId).Select(p => p.Price).SingleAsync()));
        Assert.Equal(0.70m, (await ServedPriceAsync(bystander))!.Price);

        await host.RedisServer.StartAsync(); // same port, empty: nothing survived the kill
        await Eventually.TrueAsync(async () => await CachedPriceAsync(basketId) == 0.35m && await CachedPriceAsync(bystander) == 0.70m,
            PricingHost.Patience, "both latest prices written back to Redis without a new tick");
        await Eventually.TrueAsync(async () => (await ServedPriceAsync(basketId)) is { Source: "redis", Price: 0.35m },
            PricingHost.Patience, "the price served from Redis again");
    }

    [Fact]
    public async Task A_redis_that_restarts_empty_while_nothing_ticks_is_refilled_too()
    {
        await RedisRunningAsync();
        var basketId = await PricedBasketAsync(NewMarket(), 0.55m);

        await host.RedisServer.KillAsync();
        await host.RedisServer.StartAsync(); // empty: no write failed meanwhile, only the lost connection tells pricing

        await Eventually.TrueAsync(async () => await CachedPriceAsync(basketId) == 0.55m, PricingHost.Patience, "the price written back without any tick");
    }
}
