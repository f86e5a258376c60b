using Ito.Baskets.Baskets;
using Ito.Contracts;

namespace Ito.Baskets.Tests.Domain;

/// <summary>Markets as a test declares them: open unless named closed, unknown if named unknown.</summary>
internal sealed class OpenMarkets(IEnumerable<MarketId>? closed = null, IEnumerable<MarketId>? unknown = null) : IMarketAvailability
{
    private readonly HashSet<MarketId> closed = [.. closed ?? []];
    private readonly HashSet<MarketId> unknown = [.. unknown ?? []];

    public MarketAvailability Of(MarketId marketId) =>
        unknown.Contains(marketId) ? MarketAvailability.Unknown
        : closed.Contains(marketId) ? MarketAvailability.NotOpen
        : MarketAvailability.Open;

    public static MarketId Kalshi(string ticker) => MarketId.For(Venue.Kalshi, ticker);

    public static MarketId Polymarket(string condition) => MarketId.For(Venue.Polymarket, condition);
}
