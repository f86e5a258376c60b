using System.Text.Json;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Pass 1 for one page, inside the caller's transaction: upserts the page's events, then compares each market's
/// content hash with what is stored (one query for the whole page) and writes only what is new or changed, each
/// with its <see cref="MarketUpserted"/> in the outbox. Every listed market is recorded as seen by this job.
/// </summary>
internal sealed class MarketPageWriter(TimeProvider time)
{
    private const string Schema = Data.IngestionDbContext.SchemaName;

    public async Task<(PageOutcome Outcome, IReadOnlyList<Rejection> Rejected)> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, ListingPage page, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rejected = new List<Rejection>(page.Rejected);
        var unique = new List<ListedMarket>(page.Markets.Count);
        var inPage = new HashSet<string>(StringComparer.Ordinal);
        foreach (var market in page.Markets)
        {
            if (inPage.Add(market.Id.ToString())) unique.Add(market);
            else rejected.Add(Duplicate(market, "duplicate id within the page"));
        }

        var ids = unique.Select(m => m.Id.ToString()).ToArray();
        var firstSightings = await MarkSeenAsync(connection, transaction, jobId, ids, cancellationToken);
        var stored = await LoadStoredAsync(connection, transaction, ids, cancellationToken);
        var toWrite = new List<(ListedMarket Market, string Hash)>();
        var unchanged = 0;
        var added = 0;
        foreach (var market in unique)
        {
            var id = market.Id.ToString();
            var hash = market.ContentHash;
            if (!firstSightings.Contains(id))
            {
                // Listed twice in one sync (venues do this when items move between pages): the first one wins.
                rejected.Add(Duplicate(market, "duplicate id across pages of this sync"));
            }
            else if (!stored.TryGetValue(id, out var row))
            {
                toWrite.Add((market, hash));
                added++;
            }
            else if (row.Hash != hash || (row.IsClosed && !VenueStatus.IsClosed(market.Status)))
            {
                toWrite.Add((market, hash));
            }
            else
            {
                unchanged++;
            }
        }

        await UpsertEventsAsync(connection, transaction, page.Events, now, cancellationToken);
        await UpsertMarketsAsync(connection, transaction, toWrite, now, cancellationToken);
        await OutboxBatch.AppendAsync(connection, transaction, Schema, toWrite.Select(w => w.Market.ToUpserted(now)).ToList(), cancellationToken);
        return (new PageOutcome(added, toWrite.Count - added, unchanged, rejected.Count), rejected);
    }

    private static Rejection Duplicate(ListedMarket market, string reason) =>
        new(market.Id.Venue, market.Id.VenueMarketId, reason, JsonSerializer.Serialize(market));

    private sealed record StoredRow(string Hash, bool IsClosed);

    private static async Task<Dictionary<string, StoredRow>> LoadStoredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string[] ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, StoredRow>(ids.Length, StringComparer.Ordinal);
        if (ids.Length == 0) return rows;
        await using var command = new NpgsqlCommand(
            $"SELECT id, content_hash, closed_at IS NOT NULL FROM {Schema}.markets WHERE id = ANY(@ids)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows[reader.GetString(0)] = new StoredRow(reader.GetString(1), reader.GetBoolean(2));
        }
        return rows;
    }

    private static async Task UpsertEventsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ListedEvent> events,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var distinct = events.DistinctBy(e => e.Id).ToList();
        if (distinct.Count == 0) return;
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {Schema}.events (id, venue, venue_event_id, title, mutually_exclusive, outcome_count, category, tags, updated_at)
            SELECT id, venue, venue_event_id, title, mutually_exclusive, outcome_count, category,
                   CASE WHEN tags = '' THEN ARRAY[]::text[] ELSE string_to_array(tags, E'\x1f') END, @now
            FROM unnest(@ids, @venues, @venueIds, @titles, @exclusive, @counts, @categories, @tags)
                 AS t(id, venue, venue_event_id, title, mutually_exclusive, outcome_count, category, tags)
            ON CONFLICT (id) DO UPDATE SET
                title = excluded.title, mutually_exclusive = excluded.mutually_exclusive, outcome_count = excluded.outcome_count,
                category = excluded.category, tags = excluded.tags, updated_at = excluded.updated_at
            WHERE (events.title, events.mutually_exclusive, events.outcome_count, events.category, events.tags)
                IS DISTINCT FROM (excluded.title, excluded.mutually_exclusive, excluded.outcome_count, excluded.category, excluded.tags)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", distinct.Select(e => e.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("venues", distinct.Select(e => e.Venue.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("venueIds", distinct.Select(e => e.VenueEventId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("titles", distinct.Select(e => Clip(e.Title, 1000)!).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<bool[]>("exclusive", distinct.Select(e => e.MutuallyExclusive).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("counts", distinct.Select(e => e.OutcomeCount).ToArray()));
        command.Parameters.Add(Nullable("categories", distinct.Select(e => Clip(e.Category, 200)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("tags", distinct.Select(e => string.Join('\u001f', e.Tags)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task UpsertMarketsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<(ListedMarket Market, string Hash)> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        // A market closed by an earlier pass 2 that is listed open again is reopened (closed_at cleared).
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {Schema}.markets (id, venue, venue_market_id, event_id, title, subtitle, rules_text, event_title, category, tags,
                                          status, close_time, result, yes_token_id, no_token_id, content_hash, first_seen_at, updated_at)
            SELECT id, venue, venue_market_id, event_id, title, subtitle, rules_text, event_title, category,
                   CASE WHEN tags = '' THEN ARRAY[]::text[] ELSE string_to_array(tags, E'\x1f') END,
                   status, close_time, result, yes_token_id, no_token_id, content_hash, @now, @now
            FROM unnest(@ids, @venues, @venueIds, @eventIds, @titles, @subtitles, @rules, @eventTitles, @categories, @tags,
                        @statuses, @closeTimes, @results, @yesTokens, @noTokens, @hashes)
                 AS t(id, venue, venue_market_id, event_id, title, subtitle, rules_text, event_title, category, tags,
                      status, close_time, result, yes_token_id, no_token_id, content_hash)
            ON CONFLICT (id) DO UPDATE SET
                event_id = excluded.event_id, title = excluded.title, subtitle = excluded.subtitle, rules_text = excluded.rules_text,
                event_title = excluded.event_title, category = excluded.category, tags = excluded.tags, status = excluded.status,
                close_time = excluded.close_time, result = excluded.result, yes_token_id = excluded.yes_token_id,
                no_token_id = excluded.no_token_id, content_hash = excluded.content_hash, updated_at = excluded.updated_at,
                closed_at = CASE WHEN excluded.status IN ('Closed', 'Settled') THEN markets.closed_at END,
                closed_reason = CASE WHEN excluded.status IN ('Closed', 'Settled') THEN markets.closed_reason END
            """, connection, transaction);
        var markets = rows.Select(r => r.Market).ToList();
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", markets.Select(m => m.Id.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("venues", markets.Select(m => m.Id.Venue.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("venueIds", markets.Select(m => m.Id.VenueMarketId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("eventIds", markets.Select(m => m.EventId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("titles", markets.Select(m => Clip(m.Title, 1000)!).ToArray()));
        command.Parameters.Add(Nullable("subtitles", markets.Select(m => Clip(m.Subtitle, 1000)).ToArray()));
        command.Parameters.Add(Nullable("rules", markets.Select(m => m.RulesText).ToArray()));
        command.Parameters.Add(Nullable("eventTitles", markets.Select(m => Clip(m.EventTitle, 1000)).ToArray()));
        command.Parameters.Add(Nullable("categories", markets.Select(m => Clip(m.Category, 200)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("tags", markets.Select(m => string.Join('\u001f', m.Tags)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("statuses", markets.Select(m => m.Status.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?[]>("closeTimes", markets.Select(m => m.CloseTime?.ToUniversalTime()).ToArray())
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(Nullable("results", markets.Select(m => Clip(m.Result, 32)).ToArray()));
        command.Parameters.Add(Nullable("yesTokens", markets.Select(m => m.YesTokenId).ToArray()));
        command.Parameters.Add(Nullable("noTokens", markets.Select(m => m.NoTokenId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("hashes", rows.Select(r => r.Hash).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records the page's ids as seen by this job; returns those not seen before in it.</summary>
    private static async Task<HashSet<string>> MarkSeenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid jobId, string[] ids,
        CancellationToken cancellationToken)
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Length == 0) return first;
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {Schema}.sync_seen_markets (sync_job_id, market_id)
            SELECT @job, id FROM unnest(@ids) AS t(id)
            ON CONFLICT DO NOTHING
            RETURNING market_id
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid>("job", jobId));
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            first.Add(reader.GetString(0));
        }
        return first;
    }

    private static NpgsqlParameter Nullable(string name, string?[] values) =>
        new NpgsqlParameter<string?[]>(name, values) { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
