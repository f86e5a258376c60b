using Ito.Contracts;

namespace Ito.Baskets.Baskets;

public enum MarketAvailability
{
    Unknown,
    NotOpen,
    Open,
}

/// <summary>What a basket needs to know about the markets a change names: whether each is known and open.</summary>
public interface IMarketAvailability
{
    MarketAvailability Of(MarketId marketId);
}
