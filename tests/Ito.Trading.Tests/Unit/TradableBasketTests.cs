using Ito.Contracts;
using Ito.Contracts.Baskets;
using Ito.Trading.Baskets;

namespace Ito.Trading.Tests.Unit;

public sealed class TradableBasketTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly DateTimeOffset Created = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    private static TradableBasket Custom(BasketVisibility visibility)
    {
        var basket = new TradableBasket(Guid.NewGuid());
        basket.Apply(new BasketCreated(basket.Id, BasketKind.Custom, Owner, "view", [new BasketLegInfo(MarketId.Parse("kalshi:ABC"), Side.Yes, 1)],
            Created, visibility));
        return basket;
    }

    [Fact]
    public void A_private_basket_is_its_owners_alone_and_a_public_one_everyones()
    {
        var stranger = Guid.NewGuid();

        Assert.True(Custom(BasketVisibility.Private).IsOrderableBy(Owner));
        Assert.False(Custom(BasketVisibility.Private).IsOrderableBy(stranger));
        Assert.True(Custom(BasketVisibility.Public).IsOrderableBy(stranger));
    }

    [Fact]
    public void An_older_visibility_event_arriving_late_never_undoes_a_newer_one()
    {
        var basket = Custom(BasketVisibility.Public);

        basket.SetVisibility(BasketVisibility.Private, Created.AddMinutes(2));
        basket.SetVisibility(BasketVisibility.Public, Created.AddMinutes(1));

        Assert.Equal(BasketVisibility.Private, basket.Visibility);
        Assert.False(basket.IsOrderableBy(Guid.NewGuid()));
    }

    [Fact]
    public void A_deleted_basket_takes_no_orders_even_when_public()
    {
        var basket = Custom(BasketVisibility.Public);

        basket.Delete(Created.AddMinutes(1));

        Assert.False(basket.IsOrderableBy(Owner));
        Assert.False(basket.IsOrderableBy(Guid.NewGuid()));
    }
}
