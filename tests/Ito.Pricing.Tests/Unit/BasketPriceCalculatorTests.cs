using Ito.Contracts;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Tests.Unit;

public sealed class BasketPriceCalculatorTests
{
    private static readonly MarketId A = MarketId.Parse("kalshi:A-1");
    private static readonly MarketId B = MarketId.Parse("polymarket:0xb");
    private static readonly MarketId C = MarketId.Parse("kalshi:C-1");
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weights_are_normalized_and_a_no_leg_is_priced_at_one_minus_yes()
    {
        BasketLeg[] legs = [new(A, Side.Yes, 2), new(B, Side.No, 1), new(C, Side.Yes, 1)];
        var quotes = new Dictionary<MarketId, MarketQuote>
        {
            [A] = new(0.60m, T0),
            [B] = new(0.30m, T0.AddMinutes(5)),
            [C] = new(0.20m, T0.AddMinutes(1)),
        };

        var price = BasketPriceCalculator.Calculate(Guid.NewGuid(), legs, m => quotes[m]);

        // 0.5·0.60 + 0.25·(1 − 0.30) + 0.25·0.20
        Assert.Equal(0.525m, price.Price);
        Assert.True(price.IsComplete);
        Assert.Equal(1m, price.PricedWeight);
        Assert.Equal(T0.AddMinutes(5), price.AsOf);
        Assert.Equal([0.5m, 0.25m, 0.25m], price.Legs.Select(l => l.Weight));
        Assert.Equal(0.70m, price.Legs[1].SidePrice);
        Assert.Equal(0.30m, price.Legs[1].YesPrice);
    }

    [Fact]
    public void A_leg_without_a_price_makes_the_basket_incomplete_never_zero()
    {
        BasketLeg[] legs = [new(A, Side.Yes, 3), new(B, Side.Yes, 1)];

        var price = BasketPriceCalculator.Calculate(Guid.NewGuid(), legs, m => m == A ? new MarketQuote(0.40m, T0) : null);

        Assert.False(price.IsComplete);
        Assert.Null(price.Price);
        Assert.Equal(0.75m, price.PricedWeight);
        Assert.Null(price.Legs[1].SidePrice);
        Assert.Equal(0.40m, price.Legs[0].SidePrice);
    }

    [Fact]
    public void A_basket_without_legs_is_incomplete()
    {
        var price = BasketPriceCalculator.Calculate(Guid.NewGuid(), [], _ => null);

        Assert.False(price.IsComplete);
        Assert.Null(price.Price);
    }

    [Fact]
    public void A_weight_that_is_not_positive_is_refused()
    {
        BasketLeg[] legs = [new(A, Side.Yes, 0)];

        Assert.Throws<ArgumentException>(() => BasketPriceCalculator.Calculate(Guid.NewGuid(), legs, _ => new MarketQuote(0.5m, T0)));
    }

    [Fact]
    public void Ohlc_takes_exact_open_and_close_and_the_envelope_for_high_and_low_with_no_legs_flipped()
    {
        BasketLeg[] legs = [new(A, Side.Yes, 1), new(B, Side.No, 1)];
        Ohlc[] yes = [new(0.50m, 0.60m, 0.40m, 0.55m), new(0.20m, 0.30m, 0.10m, 0.25m)];

        var ohlc = BasketPriceCalculator.CalculateOhlc(legs, yes);

        // NO leg: open 0.80, high 1 − 0.10 = 0.90, low 1 − 0.30 = 0.70, close 0.75.
        Assert.Equal(new Ohlc(0.65m, 0.75m, 0.55m, 0.65m), ohlc);
    }
}
