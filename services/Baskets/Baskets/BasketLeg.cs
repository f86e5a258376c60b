using Ito.Contracts;
using Ito.Contracts.Baskets;

namespace Ito.Baskets.Baskets;

/// <summary>
/// One market held by a basket: its side, the weight as the user gave it and the weight normalized over the basket
/// (what pricing and trading use). Only its <see cref="Basket"/> changes it.
/// </summary>
public sealed class BasketLeg
{
    private BasketLeg()
    {
    }

    internal BasketLeg(MarketId marketId, Side side, decimal weight, int position)
    {
        MarketId = marketId;
        Side = side;
        Weight = weight;
        Position = position;
    }

    public MarketId MarketId { get; private set; }

    public Side Side { get; private set; }

    /// <summary>The weight as given, kept so an edit shows the user their own numbers back.</summary>
    public decimal Weight { get; private set; }

    /// <summary>The share of the basket, 8 decimal places; a basket's shares sum to exactly 1.</summary>
    public decimal NormalizedWeight { get; internal set; }

    /// <summary>The leg's place in the basket, so legs come back in the order they were given.</summary>
    public int Position { get; private set; }

    public BasketLegInfo ToInfo() => new(MarketId, Side, NormalizedWeight);
}

/// <summary>A leg as a request or a suggestion proposes it, before the basket accepts it.</summary>
public sealed record ProposedLeg(MarketId MarketId, Side Side, decimal Weight);
