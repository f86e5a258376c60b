using Ito.Contracts;
using Ito.Contracts.Baskets;

namespace Ito.Pricing.Prices;

/// <summary>A leg as pricing needs it: which market, which outcome, and its weight (any positive number; normalized when priced).</summary>
public sealed record BasketLeg(MarketId MarketId, Side Side, decimal Weight)
{
    public static BasketLeg From(BasketLegInfo info) => new(info.MarketId, info.Side, info.Weight);
}

/// <summary>A basket's legs, as the last basket event described them, with their weights normalized once.</summary>
public sealed record BasketDefinition(Guid BasketId, IReadOnlyList<BasketLeg> Legs)
{
    public IReadOnlyList<decimal> NormalizedWeights { get; } = BasketPriceCalculator.NormalizedWeights(Legs);
}
