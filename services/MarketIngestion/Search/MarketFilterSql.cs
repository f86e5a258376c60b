using Npgsql;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// The filters of a <see cref="MarketQuery"/> as SQL over <c>markets m</c>, shared by search and export so both
/// select alike. Platform, status and category are lexemes of <c>m.search_facets</c>, which the search GIN index
/// holds next to the text, so a filtered search reads only rows that pass every filter.
/// </summary>
internal static class MarketFilterSql
{
    public static (string Where, List<NpgsqlParameter> Parameters) Build(MarketQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        var facets = new List<string>();
        if (query.Platform is { } platform) facets.Add("venue:" + platform.ToString().ToLowerInvariant());
        if (query.Status is { } status) facets.Add("status:" + status.ToString().ToLowerInvariant());
        if (query.Category is { } category) facets.Add("category:" + category.ToLowerInvariant());
        if (facets.Count > 0)
        {
            clauses.Add("m.search_facets @@ @facets");
            var required = facets.Select(f => (NpgsqlTsQuery)new NpgsqlTsQueryLexeme(f)).Aggregate((a, b) => new NpgsqlTsQueryAnd(a, b));
            parameters.Add(new NpgsqlParameter<NpgsqlTsQuery>("facets", required));
        }
        if (query.ClosesBefore is { } before)
        {
            clauses.Add("m.close_time < @closesBefore");
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("closesBefore", before.ToUniversalTime()));
        }
        return (clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses), parameters);
    }
}
