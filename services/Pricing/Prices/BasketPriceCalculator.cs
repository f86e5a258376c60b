using Ito.Contracts;

namespace Ito.Pricing.Prices;

/// <summary>
/// The basket price of ARCHITECTURE.md: Σ wᵢ·pᵢ with the weights normalized to 1, pᵢ the leg's YES price, or
/// 1 − YES price for a NO leg. Pure: no clock, no I/O.
/// </summary>
public static class BasketPriceCalculator
{
    /// <summary>Prices are kept to 8 decimals: finer than any venue tick, coarse enough to compare for change.</summary>
    public const int Decimals = 8;

    public static BasketPrice Calculate(Guid basketId, IReadOnlyList<BasketLeg> legs, Func<MarketId, MarketQuote?> quoteOf) =>
        Calculate(basketId, legs, NormalizedWeights(legs), quoteOf);

    /// <summary>
    /// The same with the weights already normalized (<see cref="NormalizedWeights"/>): the hot path normalizes once
    /// per basket definition, not on every tick.
    /// </summary>
    public static BasketPrice Calculate(Guid basketId, IReadOnlyList<BasketLeg> legs, IReadOnlyList<decimal> normalizedWeights, Func<MarketId, MarketQuote?> quoteOf)
    {
        var legPrices = new LegPrice[legs.Count];
        var sum = 0m;
        var pricedWeight = 0m;
        var priced = 0;
        var asOf = DateTimeOffset.MinValue;
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            var weight = normalizedWeights[i];
            var quote = quoteOf(leg.MarketId);
            if (quote is { } q)
            {
                var sidePrice = SidePrice(leg.Side, q.YesPrice);
                legPrices[i] = new LegPrice(leg.MarketId, leg.Side, weight, q.YesPrice, sidePrice);
                sum += weight * sidePrice;
                pricedWeight += weight;
                priced++;
                if (q.At > asOf) asOf = q.At;
            }
            else
            {
                legPrices[i] = new LegPrice(leg.MarketId, leg.Side, weight, null, null);
            }
        }

        var complete = legs.Count > 0 && priced == legs.Count;
        return new BasketPrice(
            basketId,
            complete ? Round(sum, Decimals) : null,
            complete,
            Round(pricedWeight, Decimals),
            asOf == DateTimeOffset.MinValue ? DateTimeOffset.UnixEpoch : asOf,
            legPrices);
    }

    /// <summary>Each leg's weight over the sum of weights (to <see cref="Decimals"/> places): a basket's weights sum to 1.</summary>
    public static decimal[] NormalizedWeights(IReadOnlyList<BasketLeg> legs)
    {
        var total = TotalWeight(legs);
        var weights = new decimal[legs.Count];
        for (var i = 0; i < legs.Count; i++) weights[i] = Round(legs[i].Weight / total, Decimals);
        return weights;
    }

    /// <summary>
    /// A basket's OHLC over one period from its legs' OHLC. Open and close are exact; high and low are the envelope
    /// (each leg at its own extreme, a NO leg's high being 1 − its YES low), since legs need not peak together.
    /// </summary>
    public static Ohlc CalculateOhlc(IReadOnlyList<BasketLeg> legs, IReadOnlyList<Ohlc> legYesOhlc)
    {
        if (legs.Count != legYesOhlc.Count) throw new ArgumentException("One OHLC per leg is needed.", nameof(legYesOhlc));
        var totalWeight = TotalWeight(legs);
        decimal open = 0, high = 0, low = 0, close = 0;
        for (var i = 0; i < legs.Count; i++)
        {
            var w = legs[i].Weight / totalWeight;
            var yes = legYesOhlc[i];
            var side = legs[i].Side == Side.Yes
                ? yes
                : new Ohlc(1 - yes.Open, 1 - yes.Low, 1 - yes.High, 1 - yes.Close);
            open += w * side.Open;
            high += w * side.High;
            low += w * side.Low;
            close += w * side.Close;
        }
        return new Ohlc(Round(open, Decimals), Round(high, Decimals), Round(low, Decimals), Round(close, Decimals));
    }

    /// <summary>Rounded to <see cref="Decimals"/> without trailing zeros, so 0.6500 is stored and shown as 0.65.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals) / 1.000000000000000000000000000000000m;

    public static decimal SidePrice(Side side, decimal yesPrice) => side == Side.Yes ? yesPrice : 1 - yesPrice;

    private static decimal TotalWeight(IReadOnlyList<BasketLeg> legs)
    {
        var total = 0m;
        foreach (var leg in legs)
        {
            if (leg.Weight <= 0) throw new ArgumentException($"Leg {leg.MarketId} has weight {leg.Weight}; weights must be positive.", nameof(legs));
            total += leg.Weight;
        }
        return total == 0 ? 1 : total;
    }
}
