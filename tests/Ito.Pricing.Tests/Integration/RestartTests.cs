using System.Net.Http.Json;
using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Contracts.Markets;
using Ito.Pricing.Prices;
using Ito.Testing;
using MassTransit;

namespace Ito.Pricing.Tests.Integration;

/// <summary>The in-memory book (quotes and the market → baskets index) is rebuilt from Postgres at start-up.</summary>
public sealed class RestartTests(PricingHost host) : IClassFixture<PricingHost>
{
    [Fact]
    public async Task After_a_restart_a_tick_reprices_the_baskets_holding_its_market_using_the_stored_quotes_of_the_other_legs()
    {
        var a = MarketId.For(Venue.Kalshi, "RESTART-A-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant());
        var b = MarketId.For(Venue.Polymarket, "0x" + Guid.NewGuid().ToString("N"));
        var (basketId, owner) = (Guid.NewGuid(), Guid.NewGuid());
        await host.Bus.Publish(new BasketCreated(basketId, BasketKind.Custom, owner, "restart",
            [new BasketLegInfo(a, Side.Yes, 1), new BasketLegInfo(b, Side.Yes, 1)], DateTimeOffset.UtcNow, BasketVisibility.Private));
        await host.Bus.Publish(new MarketPriceChanged(a, null, null, null, 0.30m, DateTimeOffset.UtcNow));
        await host.Bus.Publish(new MarketPriceChanged(b, null, null, null, 0.50m, DateTimeOffset.UtcNow));
        await Eventually.TrueAsync(async () => await PriceAsync(basketId, owner) == 0.40m, PricingHost.Patience, "priced before the restart");

        await host.RestartPricingAsync();
        await host.Bus.Publish(new MarketPriceChanged(a, null, null, null, 0.40m, DateTimeOffset.UtcNow));

        await Eventually.TrueAsync(async () => await PriceAsync(basketId, owner) == 0.45m, PricingHost.Patience, "repriced after the restart");
        Assert.Null(await PriceAsync(basketId, Guid.NewGuid())); // still private to its owner: visibility is stored, not only held in memory
    }

    private async Task<decimal?> PriceAsync(Guid basketId, Guid reader)
    {
        var response = await host.Pricing.CreateClientFor(reader).GetAsync($"/api/v1/baskets/{basketId}/price");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<BasketPriceView>())!.Price : null;
    }
}
