using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Markets;

/// <summary>Looks up the markets a request names, in one query.</summary>
public static class MarketCatalog
{
    public static async Task<IReadOnlyDictionary<MarketId, Market>> FindAsync(this BasketsDbContext db, IEnumerable<MarketId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0) return new Dictionary<MarketId, Market>();
        var markets = await db.Markets.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(cancellationToken);
        return markets.ToDictionary(m => m.Id);
    }

    public static async Task<IMarketAvailability> AvailabilityOfAsync(this BasketsDbContext db, IEnumerable<MarketId> ids, CancellationToken cancellationToken) =>
        new KnownMarkets(await db.FindAsync(ids, cancellationToken));

    private sealed class KnownMarkets(IReadOnlyDictionary<MarketId, Market> markets) : IMarketAvailability
    {
        public MarketAvailability Of(MarketId marketId) => markets.TryGetValue(marketId, out var market) && market.IsListed
            ? market.Status == MarketStatus.Open ? MarketAvailability.Open : MarketAvailability.NotOpen
            : MarketAvailability.Unknown;
    }
}
