using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Markets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Ranked, keyset-paged market search whose cost stays bounded however many markets match. Order: the
/// <see cref="SearchRank"/>s in turn (every word in the title first, then matches through the event title, outcome
/// or category), within a rank by <c>search_key</c> (a stable hash of the id, so both venues interleave) and id.
/// Misspelt words are corrected before the query runs (<see cref="SearchTerms"/>); each rank's rows are read by
/// <see cref="RankPageReader"/>, which never needs to rank every match. Without text, one rank.
/// </summary>
internal sealed class MarketSearch(IngestionDbContext db)
{
    private const string Schema = IngestionDbContext.SchemaName;

    public async Task<SearchResultDto> SearchAsync(MarketQuery query, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var ranks = SearchRank.For(query.Text is not null);
            var (text, estimates) = query.Text is null
                ? (null, await MatchEstimates.EstimateAsync(connection, query, ranks, null, cancellationToken))
                : await ResolveTextAsync(connection, query, query.Text, ranks, cancellationToken);
            if (query.Text is not null && text is null) return new SearchResultDto([], null);

            var ranksReader = new RankPageReader(connection, query, text);
            var rows = new List<SearchRow>(query.Limit + 1);
            for (var rank = query.Cursor?.Rank ?? 0; rank < ranks.Count && rows.Count <= query.Limit; rank++)
            {
                var after = query.Cursor is { } cursor && cursor.Rank == rank ? (cursor.Key, cursor.Id) : ((long, string)?)null;
                var wanted = query.Limit + 1 - rows.Count;
                var estimate = (estimates.Matching[rank], estimates.Markets);
                rows.AddRange(await ranksReader.ReadAsync(ranks[rank], rank, after, wanted, estimate, cancellationToken));
            }

            string? next = null;
            if (rows.Count > query.Limit)
            {
                rows.RemoveRange(query.Limit, rows.Count - query.Limit);
                var last = rows[^1];
                next = new SearchCursor(query.Fingerprint, last.Rank, last.Key, last.Market.Id).Encode();
            }
            return new SearchResultDto(rows.Select(r => r.Market).ToList(), next);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The text query to run and the estimates for it, in one round trip when no word needs correcting (the
    /// estimates are then made for the words as typed), two when one does.
    /// </summary>
    private static async Task<(NpgsqlTsQuery? Text, MatchEstimates Estimates)> ResolveTextAsync(NpgsqlConnection connection, MarketQuery query,
        string text, IReadOnlyList<SearchRank> ranks, CancellationToken cancellationToken)
    {
        NpgsqlTsQuery? resolved;
        bool asTyped;
        MatchEstimates estimates;
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.BatchCommands.Add(SearchTerms.Command(text));
            MatchEstimates.AddTo(batch, query, ranks, MatchEstimates.TypedText, parameters => parameters.Add(new NpgsqlParameter<string>("q", text)));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            (resolved, asTyped) = await SearchTerms.ReadAsync(reader, text, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            estimates = await MatchEstimates.ReadAsync(reader, ranks.Count, cancellationToken);
        }
        if (resolved is not null && !asTyped) estimates = await MatchEstimates.EstimateAsync(connection, query, ranks, resolved, cancellationToken);
        return (resolved, estimates);
    }

    /// <summary>Every market the filters select, in id order, streamed row by row for the CSV export.</summary>
    public async IAsyncEnumerable<Market> StreamAsync(MarketQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (where, parameters) = MarketFilterSql.Build(query);
        if (query.Text is not null)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            NpgsqlTsQuery? text;
            try
            {
                text = await SearchTerms.ResolveAsync(connection, query.Text, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            if (text is null) yield break;
            where += " AND m.search_vector @@ @text";
            parameters.Add(new NpgsqlParameter<NpgsqlTsQuery>("text", text));
        }

        // The SQL text is built from constants only; every value travels as a parameter.
#pragma warning disable EF1002
        var markets = db.Markets
            .FromSqlRaw($"SELECT * FROM {Schema}.markets m WHERE {where}", parameters.Cast<object>().ToArray())
#pragma warning restore EF1002
            .AsNoTracking()
            .OrderBy(m => m.Id)
            .AsAsyncEnumerable();
        await foreach (var market in markets.WithCancellation(cancellationToken))
        {
            yield return market;
        }
    }
}
