using Ito.Pricing.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ito.Pricing.History;

/// <summary>Backfilled bars in one statement per interval, upserted on (basket, interval, bucket start): re-running never duplicates.</summary>
public static class HistoryStore
{
    public static Task<int> UpsertBarsAsync(PricingDbContext db, Guid basketId, HistoryInterval interval, IReadOnlyList<OhlcBar> bars, CancellationToken cancellationToken)
    {
        if (bars.Count == 0) return Task.FromResult(0);
        return db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO pricing.basket_history (basket_id, interval, bucket_start, open, high, low, close, filled)
            SELECT @basket, @interval, t.bucket, t.o, t.h, t.l, t.c, t.f
            FROM unnest(@buckets, @opens, @highs, @lows, @closes, @filled) AS t(bucket, o, h, l, c, f)
            ON CONFLICT (basket_id, interval, bucket_start) DO UPDATE SET open = excluded.open, high = excluded.high,
                low = excluded.low, close = excluded.close, filled = excluded.filled
            """,
            [
                new NpgsqlParameter("basket", basketId),
                new NpgsqlParameter("interval", interval.Name),
                Array("buckets", NpgsqlDbType.TimestampTz, bars.Select(b => b.BucketStart.ToUniversalTime()).ToArray()),
                Array("opens", NpgsqlDbType.Numeric, bars.Select(b => b.Ohlc.Open).ToArray()),
                Array("highs", NpgsqlDbType.Numeric, bars.Select(b => b.Ohlc.High).ToArray()),
                Array("lows", NpgsqlDbType.Numeric, bars.Select(b => b.Ohlc.Low).ToArray()),
                Array("closes", NpgsqlDbType.Numeric, bars.Select(b => b.Ohlc.Close).ToArray()),
                Array("filled", NpgsqlDbType.Boolean, bars.Select(b => b.Filled).ToArray()),
            ],
            cancellationToken);
    }

    private static NpgsqlParameter Array(string name, NpgsqlDbType elementType, object values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values };
}
