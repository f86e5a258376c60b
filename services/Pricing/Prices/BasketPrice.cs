using Ito.Contracts;

namespace Ito.Pricing.Prices;

/// <summary>
/// A basket's price at <see cref="AsOf"/>. While a leg has no price yet <see cref="IsComplete"/> is false and
/// <see cref="Price"/> is null: a missing leg is never counted as zero. <see cref="PricedWeight"/> says how much
/// of the basket is priced, so a reader can tell "almost there" from "nothing yet".
/// </summary>
public sealed record BasketPrice(
    Guid BasketId,
    decimal? Price,
    bool IsComplete,
    decimal PricedWeight,
    DateTimeOffset AsOf,
    IReadOnlyList<LegPrice> Legs);

/// <summary>
/// One leg's part of a basket price: its normalized weight, the market's YES price and the price of the side the
/// leg holds (YES price, or 1 − YES price for a NO leg); both null while the market has no price.
/// </summary>
public sealed record LegPrice(MarketId MarketId, Side Side, decimal Weight, decimal? YesPrice, decimal? SidePrice);
