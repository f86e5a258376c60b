using Npgsql;

namespace Ito.MarketIngestion.Search;

/// <summary>Reads the summary columns search selects (<c>m.id, m.venue, m.title, …</c>) from a data reader.</summary>
internal static class MarketRows
{
    public static MarketSummaryDto Read(NpgsqlDataReader reader)
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
