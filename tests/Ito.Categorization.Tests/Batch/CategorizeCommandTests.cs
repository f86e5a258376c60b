using Ito.Categorization.Batch;

namespace Ito.Categorization.Tests.Batch;

public sealed class CategorizeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ito-categorize-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void Categorizes_a_tsv_keeping_every_input_column_and_adding_four()
    {
        File.WriteAllText(PathOf("in.tsv"),
            "id\tvenue\ttitle\tvenue_category\ttags\tnote\n" +
            "1\tkalshi\tWill WTI close above $90 on Dec 31?\tFinancials\t\tplain\n" +
            "2\tpolymarket\tFed decision in March: 25 bps cut?\t\tEconomy|Fed Rates\t\"has \"\"quotes\"\" and\ta tab\"\n" +
            "3\tpolymarket\t🚀🚀🚀\t\t\t\n");

        var output = new StringWriter();
        var exit = CategorizeCommand.Run(["--input", PathOf("in.tsv"), "--output", PathOf("out.tsv")], output, TextWriter.Null, TestPipeline.Instance);

        Assert.Equal(0, exit);
        Assert.Contains("categorized 3 markets", output.ToString());
        using var reader = new StreamReader(PathOf("out.tsv"));
        var rows = TsvFile.ReadAll(reader);
        Assert.Equal(["id", "venue", "title", "venue_category", "tags", "note", "basket", "risk_factor", "direction", "confidence"], rows[0]);
        Assert.Equal(["1", "kalshi", "Will WTI close above $90 on Dec 31?", "Financials", "", "plain", "8", "energy.crude-oil", "up"], rows[1][..9]);
        Assert.Equal("has \"quotes\" and\ta tab", rows[2][5]);
        Assert.Equal(["4", "rates.fed-funds", "down"], rows[2][6..9]);
        Assert.Equal(["0", "", "none", "0"], rows[3][6..10]);
        Assert.Matches(@"^(0|1)(\.\d{1,4})?$", rows[1][9]);
    }

    [Fact]
    public void Confidence_is_written_with_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            File.WriteAllText(PathOf("in.tsv"), "venue\ttitle\nkalshi\tWill the Fed cut rates in March?\n");
            CategorizeCommand.Run(["--input", PathOf("in.tsv"), "--output", PathOf("out.tsv")], TextWriter.Null, TextWriter.Null, TestPipeline.Instance);
            var confidence = File.ReadAllLines(PathOf("out.tsv"))[1].Split('\t')[^1];
            Assert.DoesNotContain(",", confidence);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Refuses_input_without_venue_and_title_columns()
    {
        File.WriteAllText(PathOf("in.tsv"), "name\tquestion\nx\ty\n");
        var error = new StringWriter();
        Assert.Equal(2, CategorizeCommand.Run(["--input", PathOf("in.tsv"), "--output", PathOf("out.tsv")], TextWriter.Null, error, TestPipeline.Instance));
        Assert.Contains("'venue' and 'title'", error.ToString());
        Assert.False(File.Exists(PathOf("out.tsv")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--input")]
    [InlineData("--input /no/such/file.tsv --output out.tsv")]
    [InlineData("stray")]
    public void Refuses_bad_arguments(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, CategorizeCommand.Run(args, TextWriter.Null, TextWriter.Null, TestPipeline.Instance));
    }

    [Fact]
    public void Rejects_a_review_threshold_outside_0_to_1()
    {
        File.WriteAllText(PathOf("in.tsv"), "venue\ttitle\nkalshi\tx\n");
        Assert.Equal(2, CategorizeCommand.Run(["--input", PathOf("in.tsv"), "--output", PathOf("out.tsv"), "--review-threshold", "1.5"], TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Handles_short_rows_and_blank_lines()
    {
        File.WriteAllText(PathOf("in.tsv"), "venue\ttitle\tvenue_category\nkalshi\tWill gold close above $4,000?\n\npolymarket\n");
        Assert.Equal(0, CategorizeCommand.Run(["--input", PathOf("in.tsv"), "--output", PathOf("out.tsv")], TextWriter.Null, TextWriter.Null, TestPipeline.Instance));
        var lines = File.ReadAllLines(PathOf("out.tsv"));
        Assert.Equal(3, lines.Length);
        Assert.Equal("9", lines[1].Split('\t')[3]);
    }
}
