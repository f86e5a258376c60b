using Ito.ServiceDefaults.Messaging;
using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Appends many integration events to the outbox in one statement, inside the caller's transaction. The rows are the
/// ones <see cref="OutboxMessage.From{TEvent}"/> builds, so the dispatcher publishes them like any other; only the
/// insert is batched (tens of thousands of events per sync would otherwise be as many tracked entities).
/// </summary>
internal static class OutboxBatch
{
    public static async Task AppendAsync<TEvent>(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema,
        IReadOnlyCollection<TEvent> events, CancellationToken cancellationToken) where TEvent : class
    {
        if (events.Count == 0) return;
        var messages = events.Select(OutboxMessage.From).ToList();
        // The schema is the service's own constant, never input.
        await using var command = new NpgsqlCommand($"""
            INSERT INTO "{schema}"."outbox_messages" ("Id", "MessageType", "Payload", "OccurredAt", "TraceParent", "Attempts")
            SELECT id, type, payload::jsonb, at, trace, 0
            FROM unnest(@ids, @types, @payloads, @ats, @traces) AS t(id, type, payload, at, trace)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", messages.Select(m => m.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", messages.Select(m => m.MessageType).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("payloads", messages.Select(m => m.Payload).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("ats", messages.Select(m => m.OccurredAt).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter<string?[]>("traces", messages.Select(m => m.TraceParent).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
