namespace Ito.Categorization.Model;

/// <summary>
/// Reads our labeled TSV files (venue, title, venue_category, tags, basket, factor). They are written by us, one
/// market per line, tabs never inside a field, so a plain split is exact.
/// </summary>
public static class LabeledMarketFile
{
    public const string TrainingFileName = "training.v1.tsv";
    public const string EvaluationFileName = "evaluation.v1.tsv";
    public const string DevelopmentFileName = "development.v1.tsv";

    public static string DataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Model", "Data", fileName);

    public static IReadOnlyList<LabeledMarket> Read(string path)
    {
        var rows = new List<LabeledMarket>();
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? "").Split('\t');
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 ? index : throw new InvalidDataException($"{path}: missing column '{name}'.");
        }
        int venue = Column("venue"), title = Column("title"), category = Column("venue_category"), tags = Column("tags"),
            basket = Column("basket"), factor = Column("factor");

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < header.Length) throw new InvalidDataException($"{path}:{lineNumber}: expected {header.Length} columns.");
            rows.Add(new LabeledMarket(
                cells[venue],
                cells[title],
                cells[category].Length == 0 ? null : cells[category],
                cells[tags].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                int.Parse(cells[basket], System.Globalization.CultureInfo.InvariantCulture),
                cells[factor]));
        }
        return rows;
    }
}
