using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Reads the next rows of one <see cref="SearchRank"/> in search order (<c>search_key</c>, id) without reading
/// every match. Two ways to get them: walk the order index and keep the rows that match, which is cheap when
/// matches are common; or collect the matches through the GIN index (text and filters at once) and sort them,
/// which is cheap when they are few. The order is a hash, unrelated to any word or filter, so matches lie along it
/// at their overall density: a walk of k/density rows finds k of them. The planner's estimate of the matches
/// (<see cref="MatchEstimates"/>) picks the way to try first; each try is capped, and a failed one tells enough to bound the next, so a wrong
/// estimate (words and filters that go together more or less than it assumes) costs a retry, never a full scan.
/// </summary>
internal sealed class RankPageReader(NpgsqlConnection connection, MarketQuery query, NpgsqlTsQuery? text)
{
    private const string Schema = Data.IngestionDbContext.SchemaName;
    private const string Columns = "m.id, m.venue, m.title, m.subtitle, m.event_id, m.event_title, m.category, m.tags, m.status, m.close_time, m.closed_at";

    /// <summary>
    /// A row collected through the GIN bitmap costs about twice an entry read on an index-only walk (measured at
    /// 100k markets), so the worst cases of the two ways (collect that many and find them too many; walk at the
    /// density that many imply) balance near sqrt(results · markets / 2) collected rows: about 1,000 for a page of 20.
    /// </summary>
    private static int CollectCap(int wanted, long markets) =>
        (int)Math.Max(10L * wanted, (long)Math.Sqrt(wanted * (double)markets / 2));

    /// <summary>How much longer than the estimated need a walk may go: room for the estimate's error.</summary>
    private const int WalkMargin = 4;

    public async Task<List<SearchRow>> ReadAsync(SearchRank rank, int rankIndex, (long Key, string Id)? after, int wanted,
        (long Matching, long Markets) estimate, CancellationToken cancellationToken)
    {
        var (filters, _) = MarketFilterSql.Build(query);
        var predicate = $"{rank.Condition("@text")} AND {filters}";
        var afterClause = after is null ? "TRUE" : "(m.search_key, m.id) > (@afterKey, @afterId)";

        // Walk: along the order from the cursor, reading at most @cap entries of the covering order index (no
        // table rows), keeping the matches; only the page's markets are then read in full.
        var walk = $"""
            WITH page AS (
                SELECT m.search_key, m.id FROM (
                    SELECT m.search_key, m.id, m.search_vector, m.title_vector, m.search_facets, m.close_time
                    FROM {Schema}.markets m
                    WHERE {afterClause}
                    ORDER BY m.search_key, m.id
                    LIMIT @cap
                ) m
                WHERE {predicate}
                ORDER BY m.search_key, m.id
                LIMIT @take
            )
            SELECT {Columns}, m.search_key, 0::bigint AS collected
            FROM page p JOIN {Schema}.markets m ON m.id = p.id
            ORDER BY p.search_key, p.id
            """;
        // Collect: at most @cap matches through the GIN index (text and filters at once), the first @take of them
        // in order, and how many there were. OFFSET 0 keeps the cursor condition out of the scan, where the planner
        // would pair the GIN index with a range scan of the order index over most of the table.
        var collect = $"""
            WITH matches AS MATERIALIZED (
                SELECT m.search_key, m.id FROM (
                    SELECT m.search_key, m.id FROM {Schema}.markets m WHERE {predicate}
                    OFFSET 0
                ) m
                WHERE {afterClause}
                LIMIT @cap
            ), page AS (
                SELECT * FROM matches ORDER BY search_key, id LIMIT @take
            )
            SELECT {Columns}, m.search_key, (SELECT count(*) FROM matches) AS collected
            FROM page p JOIN {Schema}.markets m ON m.id = p.id
            ORDER BY p.search_key, p.id
            """;

        var (estimated, markets) = estimate;
        var collectCap = CollectCap(wanted, markets);
        List<SearchRow> found;
        if (estimated > collectCap)
        {
            var length = WalkLength(wanted, markets, estimated);
            found = (await QueryAsync(walk, length)).Rows;
            // Short of a page because the walk reached the end: that was the last page.
            if (found.Count == wanted || await FewerLeftThanAsync(length)) return found;
        }

        (found, var collected) = await QueryAsync(collect, collectCap);
        if (collected < collectCap) return found;

        // At least collectCap of the rows after the cursor match: that density bounds the walk.
        found = (await QueryAsync(walk, WalkLength(wanted, markets, collectCap))).Rows;
        if (found.Count == wanted) return found;

        // Only if the matches bunch up along a hash order: unlikely, and still answered exactly.
        return (await QueryAsync(collect, int.MaxValue)).Rows;

        async Task<bool> FewerLeftThanAsync(int rows)
        {
            // Counted on the order index alone.
            await using var command = new NpgsqlCommand($"""
                SELECT count(*) FROM (SELECT 1 FROM {Schema}.markets m WHERE {afterClause} ORDER BY m.search_key, m.id LIMIT @rows) m
                """, connection);
            if (after is { } position)
            {
                command.Parameters.Add(new NpgsqlParameter<long>("afterKey", position.Key));
                command.Parameters.Add(new NpgsqlParameter<string>("afterId", position.Id));
            }
            command.Parameters.Add(new NpgsqlParameter<int>("rows", rows));
            return (long)(await command.ExecuteScalarAsync(cancellationToken))! < rows;
        }

        async Task<(List<SearchRow> Rows, long Collected)> QueryAsync(string sql, int cap)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            AddParameters(command.Parameters);
            if (after is { } position)
            {
                command.Parameters.Add(new NpgsqlParameter<long>("afterKey", position.Key));
                command.Parameters.Add(new NpgsqlParameter<string>("afterId", position.Id));
            }
            command.Parameters.Add(new NpgsqlParameter<int>("cap", cap));
            command.Parameters.Add(new NpgsqlParameter<int>("take", wanted));

            var rows = new List<SearchRow>(wanted);
            long total = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new SearchRow(MarketRows.Read(reader), rankIndex, reader.GetInt64(reader.GetOrdinal("search_key"))));
                total = reader.GetInt64(reader.GetOrdinal("collected"));
            }
            return (rows, total);
        }
    }

    private static int WalkLength(int wanted, long markets, long matching) =>
        (int)Math.Clamp(WalkMargin * wanted * markets / Math.Max(matching, 1), wanted, int.MaxValue);

    private void AddParameters(NpgsqlParameterCollection parameters)
    {
        parameters.AddRange(MarketFilterSql.Build(query).Parameters.ToArray());
        if (text is not null) parameters.Add(new NpgsqlParameter<NpgsqlTsQuery>("text", text));
    }
}

/// <summary>A market on a search page with its place in the search order.</summary>
internal sealed record SearchRow(MarketSummaryDto Market, int Rank, long Key);
