using Ito.Categorization.Pipeline.Text;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Ito.Categorization.Model;

/// <summary>
/// Trains the factor classifier from a labeled TSV: FeaturizeText (word uni- and bigrams; char n-grams cost 3x the scoring time for no gain here) and
/// SDCA maximum entropy. One thread and a fixed seed make a rerun produce the same model.
/// </summary>
public static class FactorClassifierTrainer
{
    public const int Seed = 20261126;

    public static ITransformer Train(IEnumerable<LabeledMarket> rows, out MLContext context)
    {
        context = new MLContext(seed: Seed);
        var data = context.Data.LoadFromEnumerable(rows.Select(r => new MlMarketInput { Text = MlText.From(TextNormalizer.Normalize(r.Title)), Factor = r.Factor }));

        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 60,
            Shuffle = false,
        };

        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", nameof(MlMarketInput.Factor), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.Transforms.Text.FeaturizeText("Features", featurizer, nameof(MlMarketInput.Text)))
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
        return pipeline.Fit(data);
    }

    public static void TrainToFile(string inputTsv, string outputZip)
    {
        var rows = LabeledMarketFile.Read(inputTsv);
        var model = Train(rows, out var context);
        var schema = context.Data.LoadFromEnumerable(Array.Empty<MlMarketInput>()).Schema;
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputZip));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        context.Model.Save(model, schema, outputZip);
    }
}
