using Ito.Trading.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Orders;

/// <summary>
/// One run per basket order at a time, across replicas: a PostgreSQL session advisory lock on the order id, held on
/// the context's connection for the whole run. Two runs at once (a duplicate or early redelivery) could each miss
/// the other's order still in flight and send a leg twice. A run that dies loses its connection, and with it the lock.
/// </summary>
public sealed class OrderRunLock : IAsyncDisposable
{
    private readonly TradingDbContext _db;
    private readonly string _key;

    private OrderRunLock(TradingDbContext db, string key)
    {
        _db = db;
        _key = key;
    }

    /// <summary>The lock, or null when another run holds it.</summary>
    public static async Task<OrderRunLock?> TryTakeAsync(TradingDbContext db, BasketOrderId id, CancellationToken cancellationToken)
    {
        var key = id.Value.ToString("N");
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock(hashtextextended({key}, 0)) AS \"Value\"").ToListAsync(cancellationToken);
            if (taken.Single()) return new OrderRunLock(db, key);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        await db.Database.CloseConnectionAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock(hashtextextended({_key}, 0)) AS \"Value\"").ToListAsync();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // The connection broke (which ends the session and its lock), or the pool's reset (DISCARD ALL) releases
            // it; either way the run's own outcome, not this, is what the caller must see.
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
