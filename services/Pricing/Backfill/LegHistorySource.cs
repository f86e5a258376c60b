using Ito.Contracts;
using Ito.Pricing.Data;
using Ito.Pricing.History;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ito.Pricing.Backfill;

/// <summary>
/// A leg's venue history for backfill, with the venue lookups (<see cref="VenueMarketReference"/>) done once per
/// market and kept in <c>venue_market_refs</c>.
/// </summary>
public sealed class LegHistorySource(VenueHistoryFetcher fetcher, PricingDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<OhlcBar>> FetchAsync(MarketId marketId, HistoryGrid grid, CancellationToken cancellationToken) =>
        await fetcher.FetchAsync(marketId, await ResolveAsync(marketId, cancellationToken), grid, cancellationToken);

    private async Task<VenueMarketReference> ResolveAsync(MarketId marketId, CancellationToken cancellationToken)
    {
        var key = marketId.ToString();
        var known = await db.VenueMarketReferences.AsNoTracking().FirstOrDefaultAsync(r => r.MarketId == key, cancellationToken);
        if (known is not null) return known;

        var reference = await fetcher.ResolveAsync(marketId, time.GetUtcNow(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO pricing.venue_market_refs (market_id, kalshi_series_ticker, polymarket_yes_token_id, resolved_at)
            VALUES (@market, @series, @token, @at) ON CONFLICT (market_id) DO NOTHING
            """,
            [
                new NpgsqlParameter("market", key),
                new NpgsqlParameter("series", (object?)reference.KalshiSeriesTicker ?? DBNull.Value),
                new NpgsqlParameter("token", (object?)reference.PolymarketYesTokenId ?? DBNull.Value),
                new NpgsqlParameter("at", reference.ResolvedAt),
            ],
            cancellationToken);
        return reference;
    }
}
