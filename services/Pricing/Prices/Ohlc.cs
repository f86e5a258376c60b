namespace Ito.Pricing.Prices;

/// <summary>Open, high, low and close of a price over one period.</summary>
public readonly record struct Ohlc(decimal Open, decimal High, decimal Low, decimal Close)
{
    public static Ohlc Flat(decimal price) => new(price, price, price, price);
}
