using Ito.Contracts;
using Ito.Contracts.Markets;
using Npgsql;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Pass 2 for one venue, one batch per call: closes markets the venue no longer lists (not seen by this job's pass 1)
/// or lists as closed/settled, and records a <see cref="MarketClosed"/> for each. Nothing is deleted. Batches pick
/// whatever is still open, so an interrupted pass 2 simply continues.
/// </summary>
internal sealed class MarketCloser(TimeProvider time)
{
    private const string Schema = Data.IngestionDbContext.SchemaName;

    public async Task<int> CloseBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, Venue venue, int batchSize,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var command = new NpgsqlCommand($"""
            WITH due AS (
                SELECT id, EXISTS (SELECT 1 FROM {Schema}.sync_seen_markets s WHERE s.sync_job_id = @job AND s.market_id = markets.id) AS seen
                FROM {Schema}.markets
                WHERE venue = @venue AND closed_at IS NULL
                  AND (status IN ('Closed', 'Settled')
                       OR NOT EXISTS (SELECT 1 FROM {Schema}.sync_seen_markets s WHERE s.sync_job_id = @job AND s.market_id = markets.id))
                ORDER BY id
                LIMIT @batch
                FOR UPDATE
            )
            UPDATE {Schema}.markets m SET
                closed_at = @now,
                closed_reason = CASE WHEN due.seen THEN lower(m.status) ELSE 'delisted' END,
                status = CASE WHEN due.seen OR m.status IN ('Closed', 'Settled') THEN m.status ELSE 'Closed' END
            FROM due WHERE m.id = due.id
            RETURNING m.id, m.closed_reason, m.result
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("venue", venue.ToString()));
        command.Parameters.Add(new NpgsqlParameter<Guid>("job", jobId));
        command.Parameters.Add(new NpgsqlParameter<int>("batch", batchSize));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        var closed = new List<MarketClosed>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                closed.Add(new MarketClosed(MarketId.Parse(reader.GetString(0)), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), now));
            }
        }

        await OutboxBatch.AppendAsync(connection, transaction, Schema, closed, cancellationToken);
        return closed.Count;
    }
}
