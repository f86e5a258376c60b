using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// The planner's estimate of how many markets each rank of a search matches, and of how many markets there are:
/// EXPLAIN only, no rows read. <see cref="RankPageReader"/> uses it to choose how to read a rank.
/// </summary>
internal sealed record MatchEstimates(IReadOnlyList<long> Matching, long Markets)
{
    private const string Schema = Data.IngestionDbContext.SchemaName;

    /// <summary>The text query as the estimates see it before typo correction: the words as typed.</summary>
    public const string TypedText = "websearch_to_tsquery('english', @q)";

    /// <summary>Adds the estimate commands to <paramref name="batch"/>; <paramref name="text"/> is the SQL for the text query.</summary>
    public static void AddTo(NpgsqlBatch batch, MarketQuery query, IReadOnlyList<SearchRank> ranks, string text, Action<NpgsqlParameterCollection> addTextParameters)
    {
        var (filters, _) = MarketFilterSql.Build(query);
        foreach (var rank in ranks)
        {
            var plan = new NpgsqlBatchCommand($"EXPLAIN (FORMAT JSON) SELECT 1 FROM {Schema}.markets m WHERE {rank.EstimateCondition(text)} AND {filters}");
            plan.Parameters.AddRange(MarketFilterSql.Build(query).Parameters.ToArray());
            addTextParameters(plan.Parameters);
            batch.BatchCommands.Add(plan);
        }
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT GREATEST(reltuples, 1)::bigint FROM pg_class WHERE oid = '{Schema}.markets'::regclass"));
    }

    /// <summary>Reads what <see cref="AddTo"/> asked for, the reader standing before its first result.</summary>
    public static async Task<MatchEstimates> ReadAsync(NpgsqlDataReader reader, int ranks, CancellationToken cancellationToken)
    {
        var matching = new List<long>(ranks);
        for (var i = 0; i < ranks; i++)
        {
            await reader.ReadAsync(cancellationToken);
            using var plan = JsonDocument.Parse(reader.GetString(0));
            matching.Add((long)plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble());
            await reader.NextResultAsync(cancellationToken);
        }
        await reader.ReadAsync(cancellationToken);
        return new MatchEstimates(matching, reader.GetInt64(0));
    }

    /// <summary>The estimates on their own round trip, for the text query as resolved (or none).</summary>
    public static async Task<MatchEstimates> EstimateAsync(NpgsqlConnection connection, MarketQuery query, IReadOnlyList<SearchRank> ranks,
        NpgsqlTsQuery? text, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        AddTo(batch, query, ranks, "@text", parameters =>
        {
            if (text is not null) parameters.Add(new NpgsqlParameter<NpgsqlTsQuery>("text", text));
        });
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, ranks.Count, cancellationToken);
    }
}
