using System.Numerics;

namespace Ito.Venues.Signing;

/// <summary>Maker/taker amounts before (<c>Raw*</c>, in units) and after (base units, 6 decimals) scaling.</summary>
public sealed record PolymarketAmounts(decimal RawMaker, decimal RawTaker, BigInteger MakerAmount, BigInteger TakerAmount);

/// <summary>
/// Price/size → makerAmount/takerAmount exactly as the official V2 SDK computes them (getOrderRawAmounts /
/// getMarketOrderRawAmounts), in decimal arithmetic. BUY: maker = pUSD paid, taker = shares; SELL the reverse.
/// Market orders round the price DOWN in V2 (V1 rounded normally).
/// </summary>
public static class PolymarketOrderAmounts
{
    private const decimal BaseUnitsPerToken = 1_000_000m; // pUSD and outcome tokens both have 6 decimals

    public static PolymarketAmounts Limit(PolymarketOrderSide side, decimal price, decimal size, decimal tickSize)
    {
        var rc = PolymarketRoundingConfig.ForTickSize(tickSize);
        var rawPrice = RoundNormal(price, rc.Price);
        var shares = RoundDown(size, rc.Size);
        var collateral = FitAmount(shares * rawPrice, rc.Amount);
        return side == PolymarketOrderSide.Buy ? Scale(collateral, shares) : Scale(shares, collateral);
    }

    /// <summary>A market order: BUY <paramref name="amount"/> is pUSD to spend, SELL <paramref name="amount"/> is shares to sell.</summary>
    public static PolymarketAmounts Market(PolymarketOrderSide side, decimal amount, decimal price, decimal tickSize)
    {
        var rc = PolymarketRoundingConfig.ForTickSize(tickSize);
        var rawPrice = RoundDown(price, rc.Price);
        var maker = RoundDown(amount, rc.Size);
        if (rawPrice == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "Price rounds to zero at this tick size.");
        }

        var taker = FitAmount(side == PolymarketOrderSide.Buy ? maker / rawPrice : maker * rawPrice, rc.Amount);
        return Scale(maker, taker);
    }

    /// <summary>The SDK's rule: more decimals than allowed → round UP at amount+4 places, then, if still too long, DOWN at amount places.</summary>
    private static decimal FitAmount(decimal value, int amountDecimals)
    {
        if (DecimalPlaces(value) <= amountDecimals)
        {
            return value;
        }

        value = RoundUp(value, amountDecimals + 4);
        return DecimalPlaces(value) > amountDecimals ? RoundDown(value, amountDecimals) : value;
    }

    private static PolymarketAmounts Scale(decimal rawMaker, decimal rawTaker) =>
        new(Normalize(rawMaker), Normalize(rawTaker), ToBaseUnits(rawMaker), ToBaseUnits(rawTaker));

    private static BigInteger ToBaseUnits(decimal value) => new(decimal.Truncate(value * BaseUnitsPerToken));

    internal static decimal RoundNormal(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    internal static decimal RoundDown(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.ToZero);

    internal static decimal RoundUp(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.ToPositiveInfinity);

    internal static int DecimalPlaces(decimal value) => Normalize(value).Scale;

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
