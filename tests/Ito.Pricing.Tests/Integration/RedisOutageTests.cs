using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;
using Ito.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ito.Pricing.Tests.Integration;

/// <summary>Redis unreachable from the start: prices are still computed, kept in Postgres and served from there.</summary>
public sealed class RedisOutageTests(RedisDownHost host) : IClassFixture<RedisDownHost>
{
    [Fact]
    public async Task Without_redis_prices_are_computed_and_served_from_postgres_and_a_resync_is_pending()
    {
        var market = MarketId.For(Venue.Kalshi, "NOREDIS-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());
        var basketId = Guid.NewGuid();
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.System, null, "no redis", [new BasketLegInfo(market, Side.No, 1)], DateTimeOffset.UtcNow));
        await host.Bus.Publish(new MarketPriceChanged(market, 0.20m, 0.30m, null, null, DateTimeOffset.UtcNow));

        var client = host.Client();
        BasketPriceView? price = null;
        await Eventually.TrueAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/baskets/{basketId}/price");
            price = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<BasketPriceView>() : null;
            return price?.IsComplete == true;
        }, PricingHost.Patience, "the basket priced");

        Assert.Equal(0.75m, price!.Price);
        Assert.Equal("postgres", price.Source);
        Assert.True(host.Pricing.Services.GetRequiredService<RedisBasketPriceCache>().NeedsResync);
    }
}
