using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Batch;

/// <summary>Maps a TSV header to <see cref="MarketText"/> fields; absent optional columns read as null.</summary>
internal sealed class MarketColumns(string[] header)
{
    private readonly int _venue = Array.IndexOf(header, "venue");
    private readonly int _title = Array.IndexOf(header, "title");
    private readonly int _subtitle = Array.IndexOf(header, "subtitle");
    private readonly int _eventTitle = Array.IndexOf(header, "event_title");
    private readonly int _rules = Array.IndexOf(header, "rules");
    private readonly int _category = Array.IndexOf(header, "venue_category");
    private readonly int _tags = Array.IndexOf(header, "tags");

    public MarketText ToMarket(string[] row) => new(
        Cell(row, _venue) ?? "",
        Cell(row, _title) ?? "",
        Cell(row, _subtitle),
        Cell(row, _rules),
        Cell(row, _eventTitle),
        Cell(row, _category),
        Cell(row, _tags)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? Cell(string[] row, int index) => index >= 0 && index < row.Length && row[index].Length > 0 ? row[index] : null;
}
