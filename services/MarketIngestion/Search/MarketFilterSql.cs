using Npgsql;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// The WHERE clause of a <see cref="MarketQuery"/>, shared by search and export so both filter alike. Text matches
/// full-text (stemmed, any word order) or, for typos, trigram word similarity on the title.
/// </summary>
internal static class MarketFilterSql
{
    public static (string Where, List<NpgsqlParameter> Parameters) Build(MarketQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        if (query.Text is { } text)
        {
            clauses.Add("(m.search_vector @@ websearch_to_tsquery('english', @q) OR @q <% m.title)");
            parameters.Add(new NpgsqlParameter<string>("q", text));
        }
        if (query.Platform is { } platform)
        {
            clauses.Add("m.venue = @platform");
            parameters.Add(new NpgsqlParameter<string>("platform", platform.ToString()));
        }
        if (query.Category is { } category)
        {
            clauses.Add("lower(m.category) = lower(@category)");
            parameters.Add(new NpgsqlParameter<string>("category", category));
        }
        if (query.Status is { } status)
        {
            clauses.Add("m.status = @status");
            parameters.Add(new NpgsqlParameter<string>("status", status.ToString()));
        }
        if (query.ClosesBefore is { } before)
        {
            clauses.Add("m.close_time < @closesBefore");
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("closesBefore", before.ToUniversalTime()));
        }
        return (clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses), parameters);
    }
}
