using System.Globalization;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Batch;

/// <summary>
/// `categorize --input titles.tsv --output out.tsv`: categorises a TSV of markets with no database or broker.
/// Input needs `venue` and `title` columns (optional `venue_category`, `subtitle`, `event_title`, `rules`, and
/// `tags` separated by '|'); every input column is kept and `basket`, `risk_factor`, `direction`, `confidence` are added.
/// </summary>
public static class CategorizeCommand
{
    public const string Usage = "usage: categorize --input <markets.tsv> --output <out.tsv> [--review-threshold 0.35]";
    public static readonly string[] AddedColumns = ["basket", "risk_factor", "direction", "confidence"];

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CategorizationPipeline? pipeline = null)
    {
        if (!CommandArguments.TryParse(args, out var arguments, out var problem) || arguments["input"] is not { } input || arguments["output"] is not { } target)
        {
            error.WriteLine(problem.Length > 0 ? problem : Usage);
            error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(input))
        {
            error.WriteLine($"input file '{input}' not found");
            return 2;
        }

        var options = new CategorizationOptions();
        if (arguments["review-threshold"] is { } threshold)
        {
            if (!double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1)
            {
                error.WriteLine("--review-threshold must be a number between 0 and 1");
                return 2;
            }
            options.ReviewThreshold = value;
        }

        var (header, rows) = Read(input);
        var venue = Array.IndexOf(header, "venue");
        var title = Array.IndexOf(header, "title");
        if (venue < 0 || title < 0)
        {
            error.WriteLine("the input needs a header with at least the columns 'venue' and 'title'");
            return 2;
        }

        pipeline ??= CategorizationPipeline.CreateDefault(options);
        var columns = new MarketColumns(header);
        var results = new CategorizationResult[rows.Count];
        // The pipeline is thread-safe and deterministic, so parallel rows give the same file as a serial run.
        Parallel.For(0, rows.Count, i => results[i] = pipeline.Categorize(columns.ToMarket(rows[i])));

        Write(target, header, rows, results);
        output.WriteLine($"categorized {rows.Count} markets into {target} (pipeline {PipelineVersion.Current}, {results.Count(r => r.NeedsReview)} for review)");
        return 0;
    }

    private static (string[] Header, List<string[]> Rows) Read(string path)
    {
        using var reader = new StreamReader(path);
        var all = TsvFile.ReadAll(reader);
        if (all.Count == 0) return ([], []);
        var header = all[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var rows = new List<string[]>(all.Count - 1);
        foreach (var record in all.Skip(1))
        {
            if (record is [""]) continue; // blank line
            var row = new string[Math.Max(header.Length, record.Length)];
            for (var i = 0; i < row.Length; i++) row[i] = i < record.Length ? record[i] : "";
            rows.Add(row);
        }
        return (header, rows);
    }

    private static void Write(string path, string[] header, List<string[]> rows, CategorizationResult[] results)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        TsvFile.WriteRow(writer, header.Concat(AddedColumns));
        for (var i = 0; i < rows.Count; i++)
        {
            var result = results[i];
            TsvFile.WriteRow(writer, rows[i].Take(header.Length).Concat(
            [
                result.SystemBasket.ToString(CultureInfo.InvariantCulture),
                result.PrimaryRiskFactor ?? "",
                result.Direction.ToString().ToLowerInvariant(),
                result.Confidence.ToString("0.####", CultureInfo.InvariantCulture),
            ]));
        }
    }
}
