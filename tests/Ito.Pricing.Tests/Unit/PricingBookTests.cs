using Ito.Contracts;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Unit;

public sealed class PricingBookTests
{
    private static readonly MarketId Shared = MarketId.Parse("kalshi:SHARED");
    private static readonly MarketId Other = MarketId.Parse("kalshi:OTHER");
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_tick_reprices_only_the_baskets_holding_the_market()
    {
        var book = new PricingBook();
        var holder = Guid.NewGuid();
        var bystander = Guid.NewGuid();
        book.SetBasket(new BasketDefinition(holder, [new BasketLeg(Shared, Side.Yes, 1)]));
        book.SetBasket(new BasketDefinition(bystander, [new BasketLeg(Other, Side.Yes, 1)]));

        Assert.True(book.TryApplyQuote(Shared, new MarketQuote(0.3m, T0)));
        var changed = book.RepriceBasketsHolding(Shared);

        Assert.Equal([holder], changed.Select(p => p.BasketId));
        Assert.Equal(0.3m, changed[0].Price);
    }

    [Fact]
    public void Changing_legs_moves_the_basket_in_the_index()
    {
        var book = new PricingBook();
        var basket = Guid.NewGuid();
        book.SetBasket(new BasketDefinition(basket, [new BasketLeg(Shared, Side.Yes, 1)]));

        book.SetBasket(new BasketDefinition(basket, [new BasketLeg(Other, Side.No, 1)]));

        Assert.Empty(book.BasketsHolding(Shared));
        Assert.Equal([basket], book.BasketsHolding(Other));
        book.RemoveBasket(basket);
        Assert.Empty(book.BasketsHolding(Other));
        Assert.False(book.HasBasket(basket));
    }

    [Fact]
    public void An_older_quote_never_replaces_a_newer_one_and_an_unchanged_price_is_not_a_change()
    {
        var book = new PricingBook();
        var basket = Guid.NewGuid();
        book.SetBasket(new BasketDefinition(basket, [new BasketLeg(Shared, Side.Yes, 1)]));
        book.TryApplyQuote(Shared, new MarketQuote(0.5m, T0.AddMinutes(1)));
        Assert.True(book.Remember(Assert.Single(book.RepriceBasketsHolding(Shared))));

        Assert.False(book.TryApplyQuote(Shared, new MarketQuote(0.9m, T0)));
        Assert.Equal(0.5m, book.Quote(Shared)!.Value.YesPrice);
        Assert.True(book.TryApplyQuote(Shared, new MarketQuote(0.5m, T0.AddMinutes(2))));
        Assert.Empty(book.RepriceBasketsHolding(Shared));
    }

    [Fact]
    public void Nothing_is_remembered_until_committed_so_a_retried_tick_still_sees_its_change()
    {
        var book = new PricingBook();
        var basket = Guid.NewGuid();
        book.SetBasket(new BasketDefinition(basket, [new BasketLeg(Shared, Side.Yes, 1)]));
        book.TryApplyQuote(Shared, new MarketQuote(0.5m, T0));

        Assert.Single(book.RepriceBasketsHolding(Shared));
        Assert.Single(book.RepriceBasketsHolding(Shared));
        Assert.Null(book.LatestPrice(basket));
    }
}
