using System.Net;
using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.Testing;

namespace Ito.Pricing.Tests.Integration;

/// <summary>The system baskets that moved most in a day, readable without signing in.</summary>
public sealed class MoversTests(PricingHost host) : IClassFixture<PricingHost>
{
    private async Task<(Guid Basket, MarketId Market)> SystemBasketAsync(string name, decimal price, BasketKind kind = BasketKind.System)
    {
        var (basketId, market) = (Guid.NewGuid(), MarketId.For(Venue.Kalshi, "MOV-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()));
        await host.Bus.Publish(new BasketCreated(basketId, kind, kind == BasketKind.System ? null : Guid.NewGuid(), name,
            [new BasketLegInfo(market, Side.Yes, 1)], DateTimeOffset.UtcNow, kind == BasketKind.System ? BasketVisibility.Public : BasketVisibility.Private));
        await host.Bus.Publish(new MarketPriceChanged(market, null, null, null, price, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(
            () => host.WithDbAsync(async db => (await db.LatestBasketPrices.FindAsync(basketId))?.Price == price),
            PricingHost.Patience, $"{name} priced");
        return (basketId, market);
    }

    [Fact]
    public async Task Movers_rank_system_baskets_by_their_24h_change_for_anonymous_visitors_and_leave_out_custom_ones()
    {
        var (riser, _) = await SystemBasketAsync("Riser", 0.42m);
        var (faller, _) = await SystemBasketAsync("Faller", 0.20m);
        var (newcomer, _) = await SystemBasketAsync("Newcomer", 0.50m);
        var (custom, _) = await SystemBasketAsync("Someone's custom basket", 0.99m, BasketKind.Custom);
        await host.WithDbAsync(async db =>
        {
            var dayAgo = DateTimeOffset.UtcNow.AddHours(-25);
            db.BasketSnapshots.AddRange(
                new BasketSnapshot { BasketId = riser, At = dayAgo, Price = 0.30m },
                new BasketSnapshot { BasketId = faller, At = dayAgo, Price = 0.45m },
                new BasketSnapshot { BasketId = custom, At = dayAgo, Price = 0.01m });
            return await db.SaveChangesAsync();
        });

        var anonymous = host.Pricing.CreateClient();
        var movers = (await anonymous.GetFromJsonAsync<BasketMover[]>("/api/v1/movers?limit=18"))!;

        Assert.Equal([faller, riser, newcomer], movers.Select(m => m.BasketId));
        Assert.Equal([-0.25m, 0.12m, null], movers.Select(m => m.Change24h));
        Assert.Equal([0.20m, 0.42m, 0.50m], movers.Select(m => m.Price));
        Assert.Equal("Faller", movers[0].Name);
        Assert.Single(await anonymous.GetFromJsonAsync<BasketMover[]>("/api/v1/movers?limit=1") ?? []);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("19")]
    [InlineData("many")]
    public async Task A_bad_limit_is_a_400(string limit)
    {
        var response = await host.Pricing.CreateClient().GetAsync($"/api/v1/movers?limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
