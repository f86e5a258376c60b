using Ito.Categorization.Model;
using Ito.Categorization.Pipeline;
using Ito.Categorization.Pipeline.Text;

namespace Ito.Categorization.Tests.Model;

public sealed class FactorClassifierTests
{
    private static readonly Lazy<FactorClassifier> Committed = new(() => new FactorClassifier(new CategorizationOptions().ModelPath, TestPipeline.Taxonomy));

    [Fact]
    public void The_committed_model_is_loaded_and_covers_every_factor()
    {
        Assert.True(File.Exists(new CategorizationOptions().ModelPath));
        Assert.Equal(TestPipeline.Taxonomy.Factors.Count, Committed.Value.LabelCount);
        Assert.True(Committed.Value.UsesDirectScorer);
    }

    [Fact]
    public void A_missing_model_fails_loudly_at_construction()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new FactorClassifier("/nonexistent/model.zip", TestPipeline.Taxonomy));
        Assert.Contains("train", error.Message);
    }

    [Fact]
    public void The_direct_scorer_matches_ml_net_on_every_labeled_title()
    {
        var classifier = Committed.Value;
        Span<float> direct = stackalloc float[classifier.LabelCount];
        Span<float> reference = stackalloc float[classifier.LabelCount];
        var titles = new[] { LabeledMarketFile.TrainingFileName, LabeledMarketFile.EvaluationFileName, LabeledMarketFile.DevelopmentFileName }
            .SelectMany(f => LabeledMarketFile.Read(LabeledMarketFile.DataPath(f)))
            .Select(r => MlText.From(TextNormalizer.Normalize(r.Title)))
            .Append("")
            .Append("zzz qqq unknown words only");
        foreach (var text in titles)
        {
            classifier.PredictWithDirectScorer(text, direct);
            classifier.PredictWithEngine(text, reference);
            for (var k = 0; k < direct.Length; k++) Assert.True(Math.Abs(direct[k] - reference[k]) < 1e-4, $"'{text}' class {k}: {direct[k]} vs {reference[k]}");
        }
    }

    [Fact]
    public void Ml_text_keeps_only_words_of_letters()
    {
        Assert.Equal("will sp close above on dec", MlText.From("will s&p 500 close above $6,000 on dec 31?"));
        Assert.Equal("trumps us tariffs", MlText.From("trump's u.s. tariffs"));
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var rows = LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.TrainingFileName)).Take(400).ToList();
        var first = Path.Combine(Path.GetTempPath(), $"ito-model-{Guid.NewGuid():N}.zip");
        var second = Path.Combine(Path.GetTempPath(), $"ito-model-{Guid.NewGuid():N}.zip");
        var input = Path.Combine(Path.GetTempPath(), $"ito-train-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllLines(input, new[] { "venue\ttitle\tvenue_category\ttags\tbasket\tfactor" }
                .Concat(rows.Select(r => $"{r.Venue}\t{r.Title}\t{r.VenueCategory}\t{string.Join('|', r.Tags)}\t{r.Basket}\t{r.Factor}")));
            FactorClassifierTrainer.TrainToFile(input, first);
            FactorClassifierTrainer.TrainToFile(input, second);
            var a = new FactorClassifier(first, TestPipeline.Taxonomy);
            var b = new FactorClassifier(second, TestPipeline.Taxonomy);
            foreach (var row in rows.Take(50))
            {
                var text = MlText.From(TextNormalizer.Normalize(row.Title));
                var scoresA = new double[TestPipeline.Taxonomy.Factors.Count];
                var scoresB = new double[TestPipeline.Taxonomy.Factors.Count];
                a.Predict(text, scoresA);
                b.Predict(text, scoresB);
                Assert.Equal(scoresA, scoresB);
            }
        }
        finally
        {
            foreach (var path in new[] { first, second, input }) File.Delete(path);
        }
    }

    [Fact]
    public void The_committed_model_is_what_train_produces_from_the_committed_training_set()
    {
        var retrained = Path.Combine(Path.GetTempPath(), $"ito-model-{Guid.NewGuid():N}.zip");
        try
        {
            var exit = TrainCommand.Run(["--input", LabeledMarketFile.DataPath(LabeledMarketFile.TrainingFileName), "--output", retrained], TextWriter.Null, TextWriter.Null);
            Assert.Equal(0, exit);
            var fresh = new FactorClassifier(retrained, TestPipeline.Taxonomy);
            foreach (var row in LabeledMarketFile.Read(LabeledMarketFile.DataPath(LabeledMarketFile.DevelopmentFileName)))
            {
                var text = MlText.From(TextNormalizer.Normalize(row.Title));
                var expected = new double[TestPipeline.Taxonomy.Factors.Count];
                var actual = new double[TestPipeline.Taxonomy.Factors.Count];
                Committed.Value.Predict(text, expected);
                fresh.Predict(text, actual);
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            File.Delete(retrained);
        }
    }

    [Fact]
    public void The_train_command_rejects_missing_arguments_and_files()
    {
        var error = new StringWriter();
        Assert.Equal(2, TrainCommand.Run([], TextWriter.Null, error));
        Assert.Contains("usage", error.ToString());
        Assert.Equal(2, TrainCommand.Run(["--input", "/nonexistent.tsv", "--output", "x.zip"], TextWriter.Null, TextWriter.Null));
    }
}
