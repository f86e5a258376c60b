using Ito.Pricing.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ito.Pricing.Prices;

/// <summary>
/// Set-based writes of the hot path, inside the caller's transaction: one statement per tick however many baskets
/// it touched. Rows are sorted by basket id so two ticks touching the same baskets lock them in the same order.
/// </summary>
public static class BasketPriceStore
{
    public static Task SaveQuoteAsync(PricingDbContext db, string marketId, MarketQuote quote, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO pricing.market_quotes (market_id, yes_price, at) VALUES (@market, @price, @at)
            ON CONFLICT (market_id) DO UPDATE SET yes_price = excluded.yes_price, at = excluded.at
            WHERE market_quotes.at <= excluded.at
            """,
            [new NpgsqlParameter("market", marketId), new NpgsqlParameter("price", quote.YesPrice), new NpgsqlParameter("at", quote.At)],
            cancellationToken);

    public static Task SaveLatestAsync(PricingDbContext db, IReadOnlyCollection<BasketPrice> prices, CancellationToken cancellationToken)
    {
        if (prices.Count == 0) return Task.CompletedTask;
        var sorted = prices.OrderBy(p => p.BasketId).ToArray();
        return db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO pricing.latest_basket_prices (basket_id, price, is_complete, priced_weight, as_of, legs)
            SELECT id, price, complete, weight, as_of, legs::jsonb
            FROM unnest(@ids, @prices, @complete, @weights, @asOf, @legs) AS t(id, price, complete, weight, as_of, legs)
            ON CONFLICT (basket_id) DO UPDATE SET price = excluded.price, is_complete = excluded.is_complete,
                priced_weight = excluded.priced_weight, as_of = excluded.as_of, legs = excluded.legs
            WHERE latest_basket_prices.as_of <= excluded.as_of
            """,
            LatestPriceParameters(sorted),
            cancellationToken);
    }

    /// <summary>
    /// Saves the prices of a tick and returns the baskets whose stored price (or completeness, or priced weight)
    /// it changed. Postgres, not memory, decides what changed: a transaction rolled back and retried finds the same
    /// baskets changed again, so no <c>BasketPriceChanged</c> is lost to a retry. A price older than the stored one
    /// is neither written nor reported.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> SaveLatestReturningChangedAsync(PricingDbContext db, IReadOnlyCollection<BasketPrice> prices,
        CancellationToken cancellationToken)
    {
        if (prices.Count == 0) return new HashSet<Guid>();
        var sorted = prices.OrderBy(p => p.BasketId).ToArray();
        var ids = sorted.Select(p => p.BasketId).ToArray();

        // Locked first (in basket order, as every writer does): until this transaction ends, what was read is what
        // the upsert replaces. The lock cannot be taken in the upsert's own statement: a row the statement itself
        // updates is invisible to its FOR UPDATE.
        var held = (await db.Database.SqlQueryRaw<HeldPrice>(
            """
            SELECT basket_id AS "BasketId", price AS "Price", is_complete AS "IsComplete", priced_weight AS "PricedWeight"
            FROM pricing.latest_basket_prices WHERE basket_id = ANY(@ids) ORDER BY basket_id FOR UPDATE
            """,
            Array("ids", NpgsqlDbType.Uuid, ids)).ToListAsync(cancellationToken)).ToDictionary(h => h.BasketId);

        var written = await db.Database.SqlQueryRaw<Guid>(
            """
            INSERT INTO pricing.latest_basket_prices (basket_id, price, is_complete, priced_weight, as_of, legs)
            SELECT id, price, complete, weight, as_of, legs::jsonb
            FROM unnest(@ids, @prices, @complete, @weights, @asOf, @legs) AS t(id, price, complete, weight, as_of, legs)
            ON CONFLICT (basket_id) DO UPDATE SET price = excluded.price, is_complete = excluded.is_complete,
                priced_weight = excluded.priced_weight, as_of = excluded.as_of, legs = excluded.legs
            WHERE latest_basket_prices.as_of <= excluded.as_of
            RETURNING basket_id AS "Value"
            """,
            LatestPriceParameters(sorted)).ToListAsync(cancellationToken);

        var byId = sorted.ToDictionary(p => p.BasketId);
        return written.Where(id => !held.TryGetValue(id, out var before) || !before.Matches(byId[id])).ToHashSet();
    }

    private sealed record HeldPrice(Guid BasketId, decimal? Price, bool IsComplete, decimal PricedWeight)
    {
        public bool Matches(BasketPrice price) => Price == price.Price && IsComplete == price.IsComplete && PricedWeight == price.PricedWeight;
    }

    public static async Task<int> SaveSnapshotsAsync(PricingDbContext db, IReadOnlyCollection<(Guid BasketId, decimal Price)> snapshots, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (snapshots.Count == 0) return 0;
        return await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO pricing.basket_snapshots (basket_id, at, price)
            SELECT id, @at, price FROM unnest(@ids, @prices) AS t(id, price)
            ON CONFLICT (basket_id, at) DO NOTHING
            """,
            [
                new NpgsqlParameter("at", at.ToUniversalTime()),
                Array("ids", NpgsqlDbType.Uuid, snapshots.Select(s => s.BasketId).ToArray()),
                Array("prices", NpgsqlDbType.Numeric, snapshots.Select(s => s.Price).ToArray()),
            ],
            cancellationToken);
    }

    private static NpgsqlParameter[] LatestPriceParameters(BasketPrice[] sorted) =>
    [
        Array("ids", NpgsqlDbType.Uuid, sorted.Select(p => p.BasketId).ToArray()),
        Array("prices", NpgsqlDbType.Numeric, sorted.Select(p => p.Price).ToArray()),
        Array("complete", NpgsqlDbType.Boolean, sorted.Select(p => p.IsComplete).ToArray()),
        Array("weights", NpgsqlDbType.Numeric, sorted.Select(p => p.PricedWeight).ToArray()),
        Array("asOf", NpgsqlDbType.TimestampTz, sorted.Select(p => p.AsOf.ToUniversalTime()).ToArray()),
        Array("legs", NpgsqlDbType.Text, sorted.Select(BasketPriceView.LegsJson).ToArray()),
    ];

    private static NpgsqlParameter Array(string name, NpgsqlDbType elementType, object values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values };
}
