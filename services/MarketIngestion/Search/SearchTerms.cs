using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Turns the text a person typed into the full-text query to run. Words are stemmed as the markets' text is; a
/// stem that occurs in no market is taken for a typo and replaced by the known stems (<see cref="SearchLexeme"/>)
/// it could be a misspelling of, so "Bitcon" searches for bitcoin and "electon" for election. Candidates are the
/// nearest by trigrams (GiST); kept are those within an edit or two (trigrams miss swapped letters: "aretmis" is
/// 0.27 from "artemis") or trigram-similar as pg_trgm counts it (edits miss a half-typed "bitc").
/// Queries using web-search syntax (quotes, OR, -word) run as written.
/// </summary>
internal static class SearchTerms
{
    private const string Schema = Data.IngestionDbContext.SchemaName;

    /// <summary>pg_trgm's own similarity threshold, below which it calls two words unalike.</summary>
    private const float MinSimilarity = 0.3f;

    /// <summary>
    /// Trigram-similar stems are kept within this much of the best one, so "electon" searches for "elect" (0.56)
    /// and not "elon" (0.3), while "batlimore", whose best is "baltimor" at 0.38, still finds Baltimore.
    /// </summary>
    private const float SimilarityMargin = 0.1f;

    private const int CandidatesPerWord = 8;

    /// <summary>
    /// The command that looks the words up, to run alone or first in a batch; <see cref="ReadAsync"/> reads its result.
    /// One round trip: the query as typed, and for each stem whether some market has it or else its nearest ones
    /// (ordered by distance alone, which the GiST index serves without computing it for every stem).
    /// </summary>
    public static NpgsqlBatchCommand Command(string text)
    {
        var command = new NpgsqlBatchCommand($"""
            SELECT websearch_to_tsquery('english', @q) AS typed, t.lexeme, k.known, n.lexeme AS nearest, n.similarity
            FROM unnest(to_tsvector('english', @q)) t
            CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM {Schema}.search_lexemes l WHERE l.lexeme = t.lexeme) AS known) k
            LEFT JOIN LATERAL (
                SELECT l.lexeme, similarity(l.lexeme, t.lexeme) AS similarity
                FROM {Schema}.search_lexemes l
                WHERE NOT k.known
                ORDER BY l.lexeme <-> t.lexeme
                LIMIT @candidates
            ) n ON TRUE
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("q", text));
        command.Parameters.Add(new NpgsqlParameter<int>("candidates", CandidatesPerWord));
        return command;
    }

    /// <summary>The query to run, or null when the text has nothing to search for (only stop words, or an unknown word with no near spelling).</summary>
    public static async Task<NpgsqlTsQuery?> ResolveAsync(NpgsqlConnection connection, string text, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { Command(text) } };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return (await ReadAsync(reader, text, cancellationToken)).Query;
    }

    /// <summary>
    /// Reads the result of <see cref="Command"/> (leaving the reader on it): the query to run, null when the text has
    /// nothing to search for (only stop words, or an unknown word with no near spelling), and whether it is the
    /// query as typed (no word corrected).
    /// </summary>
    public static async Task<(NpgsqlTsQuery? Query, bool AsTyped)> ReadAsync(NpgsqlDataReader reader, string text, CancellationToken cancellationToken)
    {
        NpgsqlTsQuery? typed = null;
        var known = new HashSet<string>(StringComparer.Ordinal);
        var nearest = new Dictionary<string, List<(string Lexeme, float Similarity)>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            typed ??= reader.GetFieldValue<NpgsqlTsQuery>(0);
            var lexeme = reader.GetString(1);
            if (reader.GetBoolean(2))
            {
                known.Add(lexeme);
                continue;
            }
            if (!nearest.TryGetValue(lexeme, out var candidates)) nearest[lexeme] = candidates = [];
            if (!reader.IsDBNull(3)) candidates.Add((reader.GetString(3), reader.GetFloat(4)));
        }

        if (typed is null or NpgsqlTsQueryEmpty) return (null, true);
        if (nearest.Count == 0 || UsesSearchSyntax(text)) return (typed, true);
        var corrections = nearest.Select(word => Corrections(word.Key, word.Value)).ToList();
        if (corrections.Any(c => c.Count == 0)) return (null, false);

        // Every word is required, as in the typed query; a misspelt one may be any of its corrections.
        var corrected = known.Select(k => (NpgsqlTsQuery)new NpgsqlTsQueryLexeme(k))
            .Concat(corrections.Select(c => c.Select(l => (NpgsqlTsQuery)new NpgsqlTsQueryLexeme(l)).Aggregate((a, b) => new NpgsqlTsQueryOr(a, b))))
            .Aggregate((a, b) => new NpgsqlTsQueryAnd(a, b));
        return (corrected, false);
    }

    /// <summary>The candidates a misspelt stem is taken to mean: an edit or two away, or trigram-similar.</summary>
    internal static List<string> Corrections(string misspelt, IReadOnlyList<(string Lexeme, float Similarity)> candidates)
    {
        // As search engines commonly allow: one edit in a word of up to five letters, two in a longer one.
        var maxEdits = misspelt.Length <= 5 ? 1 : 2;
        var bestSimilarity = candidates.Count == 0 ? 0 : candidates.Max(c => c.Similarity);
        return candidates
            .Where(c => EditDistance(misspelt, c.Lexeme) <= maxEdits
                        || (c.Similarity >= MinSimilarity && c.Similarity >= bestSimilarity - SimilarityMargin))
            .Select(c => c.Lexeme)
            .ToList();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>Quotes, OR and -word mean something to websearch_to_tsquery that a word-by-word correction would lose.</summary>
    internal static bool UsesSearchSyntax(string text) =>
        text.Contains('"', StringComparison.Ordinal)
        || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(word => word.StartsWith('-') || word.Equals("or", StringComparison.OrdinalIgnoreCase));
}
