using System.Net.Http.Json;
using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Testing;
using Ito.Trading.Data;
using Ito.Trading.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Ito.Trading.Tests.Infrastructure.OrderApi;

namespace Ito.Trading.Tests.Integration;

/// <summary>Positions marked to market from MarketPriceChanged, and exposure from MarketCategorized factors.</summary>
[Collection(TradingCollection.Name)]
public sealed class PortfolioTests(TradingHost host)
{
    private readonly Guid _user = Guid.NewGuid();

    private HttpClient Client => host.Trading.CreateClientFor(_user);

    [Fact]
    public async Task Positions_are_marked_from_the_latest_price_and_exposure_follows_the_factors()
    {
        var yesMarket = host.NextKalshiMarket();
        var noMarket = await host.NewPolymarketMarketAsync();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(yesMarket, Side.Yes, 1m), new BasketLegInfo(noMarket, Side.No, 1m));
        var order = await PlaceAndSettleAsync(Client, basket, new { side = "yes", amount = 40m, mode = "paper", maxSlippage = 0.05m });
        Assert.Equal("filled", order.GetProperty("status").GetString());

        var bus = host.Trading.Services.GetRequiredService<IBus>();
        var now = DateTimeOffset.UtcNow;
        await bus.Publish(new MarketPriceChanged(yesMarket, 0.69m, 0.71m, 0.70m, 0.70m, now));
        await bus.Publish(new MarketPriceChanged(noMarket, 0.19m, 0.21m, 0.20m, 0.20m, now));
        await bus.Publish(new MarketCategorized(yesMarket, 3, Direction.Up, 0.9m, [new RiskFactorScore("us-rates", 0.8m)], "v1", now));
        await bus.Publish(new MarketCategorized(noMarket, 3, Direction.Down, 0.9m, [new RiskFactorScore("us-rates", 0.5m)], "v1", now));
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = host.Trading.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TradingDbContext>();
            var ids = new[] { yesMarket.ToString(), noMarket.ToString() };
            return await db.MarketQuotes.CountAsync(q => ids.Contains(q.MarketId)) == 2 && await db.MarketRiskFactors.CountAsync(f => ids.Contains(f.MarketId)) == 2;
        }, TimeSpan.FromSeconds(60), "prices and factors consumed");

        var positions = await Client.GetFromJsonAsync<JsonElement>("/api/v1/positions");
        var mine = Assert.Single(positions.GetProperty("items").EnumerateArray());
        var legs = mine.GetProperty("legs").EnumerateArray().ToList();
        var yesLeg = Assert.Single(legs, l => l.GetProperty("marketId").GetString() == yesMarket.ToString());
        var noLeg = Assert.Single(legs, l => l.GetProperty("marketId").GetString() == noMarket.ToString());
        Assert.Equal(0.70m, yesLeg.GetProperty("mark").GetDecimal());
        Assert.Equal("no", noLeg.GetProperty("outcome").GetString());
        Assert.Equal(0.80m, noLeg.GetProperty("mark").GetDecimal());
        foreach (var leg in legs)
        {
            var value = leg.GetProperty("shares").GetDecimal() * leg.GetProperty("mark").GetDecimal();
            Assert.Equal(value, leg.GetProperty("marketValue").GetDecimal());
            Assert.Equal(value - leg.GetProperty("costBasis").GetDecimal(), leg.GetProperty("unrealizedPnl").GetDecimal());
        }

        var exposure = await Client.GetFromJsonAsync<JsonElement>("/api/v1/exposure");
        var rates = Assert.Single(exposure.GetProperty("factors").EnumerateArray());
        Assert.Equal("us-rates", rates.GetProperty("factorId").GetString());
        // YES of an "up" market adds; NO of a "down" market adds too (both gain when rates rise).
        var expected = yesLeg.GetProperty("marketValue").GetDecimal() * 0.8m + noLeg.GetProperty("marketValue").GetDecimal() * 0.5m;
        Assert.Equal(Math.Round(expected, 6), rates.GetProperty("exposure").GetDecimal());
        Assert.Equal(0, (await host.Trading.CreateClientFor(Guid.NewGuid()).GetFromJsonAsync<JsonElement>("/api/v1/positions")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Basket_leg_changes_and_deletion_reach_the_read_model()
    {
        var first = host.NextKalshiMarket();
        var second = host.NextKalshiMarket();
        var basket = await host.CreateBasketAsync(_user, new BasketLegInfo(first, Side.Yes, 1m));
        var bus = host.Trading.Services.GetRequiredService<IBus>();

        await bus.Publish(new BasketLegsChanged(basket, [new BasketLegInfo(first, Side.Yes, 0.5m), new BasketLegInfo(second, Side.No, 0.5m)], DateTimeOffset.UtcNow.AddSeconds(1)));
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = host.Trading.Services.CreateAsyncScope();
            var b = await scope.ServiceProvider.GetRequiredService<TradingDbContext>().Baskets.AsNoTracking().SingleAsync(x => x.Id == basket);
            return b.Legs.Count == 2;
        }, TimeSpan.FromSeconds(60), "legs changed");
        await bus.Publish(new BasketDeleted(basket, DateTimeOffset.UtcNow.AddSeconds(2)));
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = host.Trading.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<TradingDbContext>().Baskets.AsNoTracking().SingleAsync(x => x.Id == basket)).Deleted;
        }, TimeSpan.FromSeconds(60), "basket deleted");

        var (status, _) = await SendAsync(Client, HttpMethod.Post, $"/api/v1/baskets/{basket}/orders/preview", new { side = "yes", amount = 10m, mode = "paper" });
        Assert.Equal(System.Net.HttpStatusCode.NotFound, status);
    }
}
