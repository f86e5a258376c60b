using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline.Entities;

/// <summary>
/// Loads a gazetteer TSV (name, kind, factor, country). Unknown kinds or factors fail loudly at start-up:
/// a typo there would silently weaken categorisation.
/// </summary>
public static class Gazetteer
{
    public static IReadOnlyList<GazetteerEntry> LoadFile(string path, CategorizationTaxonomy taxonomy)
    {
        using var reader = new StreamReader(path);
        return Load(reader, taxonomy);
    }

    public static IReadOnlyList<GazetteerEntry> Load(TextReader reader, CategorizationTaxonomy taxonomy)
    {
        var entries = new List<GazetteerEntry>();
        var errors = new List<string>();
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("name\tkind\tfactor\tcountry", StringComparison.Ordinal))
            throw new InvalidDataException("A gazetteer starts with the header 'name\\tkind\\tfactor\\tcountry'.");

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var columns = line.Split('\t');
            if (columns.Length < 4)
            {
                errors.Add($"line {lineNumber}: expected 4 columns");
                continue;
            }
            if (!TryParseKind(columns[1], out var kind)) errors.Add($"line {lineNumber}: unknown kind '{columns[1]}'");
            var factorIndex = -1;
            if (columns[2].Length > 0)
            {
                if (taxonomy.TryGetFactor(columns[2], out var factor)) factorIndex = factor.Index;
                else errors.Add($"line {lineNumber}: unknown factor '{columns[2]}'");
            }
            entries.Add(new GazetteerEntry(columns[0], kind, factorIndex, columns[3].Trim()));
        }
        if (errors.Count > 0) throw new InvalidDataException("Invalid gazetteer: " + string.Join("; ", errors));
        return entries;
    }

    private static bool TryParseKind(string text, out EntityKind kind) =>
        Enum.TryParse(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out kind);
}
