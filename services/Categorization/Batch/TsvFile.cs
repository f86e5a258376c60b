using System.Text;

namespace Ito.Categorization.Batch;

/// <summary>
/// Tab-separated files as spreadsheets write them: a field holding a tab, newline or double quote is wrapped in
/// double quotes with inner quotes doubled; anything else is written as is. Reading accepts both forms.
/// </summary>
public static class TsvFile
{
    public static List<string[]> ReadAll(TextReader reader)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var fieldStarted = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var ch = (char)next;
            if (inQuotes)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else inQuotes = false;
                continue;
            }
            switch (ch)
            {
                case '"' when !fieldStarted:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case '\t':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    rows.Add(row.ToArray());
                    row.Clear();
                    field.Clear();
                    fieldStarted = false;
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }
        if (field.Length > 0 || row.Count > 0 || fieldStarted)
        {
            row.Add(field.ToString());
            rows.Add(row.ToArray());
        }
        return rows;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write('\t');
            first = false;
            writer.Write(Quote(field));
        }
        writer.Write('\n');
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 || field.Contains('"') && field.StartsWith('"')
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
