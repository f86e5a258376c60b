using Ito.Categorization.Batch;

namespace Ito.Categorization.Tests.Batch;

public sealed class TsvFileTests
{
    [Fact]
    public void Round_trips_fields_with_tabs_quotes_and_newlines()
    {
        string[] fields = ["plain", "with\ttab", "\"quoted\" start", "line\nbreak", "inner \"quote\"", ""];
        var writer = new StringWriter();
        TsvFile.WriteRow(writer, fields);
        TsvFile.WriteRow(writer, ["second", "row", "", "", "", "x"]);

        var rows = TsvFile.ReadAll(new StringReader(writer.ToString()));
        Assert.Equal(2, rows.Count);
        Assert.Equal(fields, rows[0]);
    }

    [Fact]
    public void Reads_windows_line_endings_and_a_missing_final_newline()
    {
        var rows = TsvFile.ReadAll(new StringReader("a\tb\r\nc\td"));
        Assert.Equal([["a", "b"], ["c", "d"]], rows);
    }
}
