using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Markets;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Ranked search over markets: full-text rank plus title word similarity (so "electon" still finds "election"),
/// keyset-paged on (rank, id); without text, id order. One round trip per page.
/// </summary>
internal sealed class MarketSearch(IngestionDbContext db)
{
    private const string Schema = IngestionDbContext.SchemaName;
    private const string Columns = "m.id, m.venue, m.title, m.subtitle, m.event_id, m.event_title, m.category, m.tags, m.status, m.close_time, m.closed_at";

    public async Task<SearchResultDto> SearchAsync(MarketQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters) = MarketFilterSql.Build(query);
        string sql;
        if (query.Text is null)
        {
            var after = query.Cursor is null ? "" : "AND m.id > @afterId";
            sql = $"SELECT {Columns}, NULL::real AS rank FROM {Schema}.markets m WHERE {where} {after} ORDER BY m.id LIMIT @take";
        }
        else
        {
            // Word matches rank above typo matches (1 + text rank vs. similarity below 1), and the costly similarity
            // is computed only for rows the full-text match missed.
            var after = query.Cursor is null ? "" : "WHERE r.rank < @afterRank OR (r.rank = @afterRank AND r.id > @afterId)";
            sql = $"""
                SELECT r.* FROM (
                    SELECT {Columns},
                           (CASE WHEN m.search_vector @@ websearch_to_tsquery('english', @q)
                                 THEN 1 + ts_rank(m.search_vector, websearch_to_tsquery('english', @q))
                                 ELSE word_similarity(@q, m.title) END)::real AS rank
                    FROM {Schema}.markets m WHERE {where}
                ) r
                {after}
                ORDER BY r.rank DESC, r.id
                LIMIT @take
                """;
        }

        if (query.Cursor is { } cursor)
        {
            parameters.Add(new NpgsqlParameter<string>("afterId", cursor.Id));
            if (cursor.Rank is { } rank) parameters.Add(new NpgsqlParameter<float>("afterRank", rank));
        }
        parameters.Add(new NpgsqlParameter<int>("take", query.Limit + 1));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters.ToArray());
            // Persistent on the pooled physical connection: the plan is not rebuilt for every keystroke's query.
            await command.PrepareAsync(cancellationToken);
            var rows = new List<(MarketSummaryDto Market, float? Rank)>(query.Limit + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rankOrdinal = reader.GetOrdinal("rank");
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((Read(reader), reader.IsDBNull(rankOrdinal) ? null : reader.GetFloat(rankOrdinal)));
            }

            string? next = null;
            if (rows.Count > query.Limit)
            {
                rows.RemoveAt(rows.Count - 1);
                next = new SearchCursor(rows[^1].Rank, rows[^1].Market.Id).Encode();
            }
            return new SearchResultDto(rows.Select(r => r.Market).ToList(), next);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every market the filters select, in id order, streamed row by row for the CSV export.</summary>
    public IAsyncEnumerable<Market> StreamAsync(MarketQuery query)
    {
        var (where, parameters) = MarketFilterSql.Build(query);
        // The SQL text is built from constants only; every value travels as a parameter.
#pragma warning disable EF1002
        return db.Markets
            .FromSqlRaw($"SELECT * FROM {Schema}.markets m WHERE {where}", parameters.Cast<object>().ToArray())
#pragma warning restore EF1002
            .AsNoTracking()
            .OrderBy(m => m.Id)
            .AsAsyncEnumerable();
    }

    private static MarketSummaryDto Read(NpgsqlDataReader reader)
    {
        string? Text(string column) => reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetString(reader.GetOrdinal(column));
        DateTimeOffset? Time(string column) =>
            reader.IsDBNull(reader.GetOrdinal(column)) ? null : reader.GetFieldValue<DateTimeOffset>(reader.GetOrdinal(column));
        return new MarketSummaryDto(
            Text("id")!,
            Text("venue")!.ToLowerInvariant(),
            Text("title")!,
            Text("subtitle"),
            Text("event_id"),
            Text("event_title"),
            Text("category"),
            reader.GetFieldValue<string[]>(reader.GetOrdinal("tags")),
            Text("status")!.ToLowerInvariant(),
            Time("close_time"),
            Time("closed_at"));
    }
}
