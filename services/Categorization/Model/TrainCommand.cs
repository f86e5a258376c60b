using Ito.Categorization.Batch;

namespace Ito.Categorization.Model;

/// <summary>
/// `train --input training.tsv --output basket-classifier.v1.zip`: regenerates the committed model. The service
/// only loads the model; it never trains at start-up.
/// </summary>
public static class TrainCommand
{
    public const string Usage = "usage: train --input <labeled.tsv> --output <model.zip>";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!CommandArguments.TryParse(args, out var arguments, out var problem) || arguments["input"] is not { } input || arguments["output"] is not { } model)
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
        var started = System.Diagnostics.Stopwatch.StartNew();
        FactorClassifierTrainer.TrainToFile(input, model);
        output.WriteLine($"trained {model} from {input} in {started.Elapsed.TotalSeconds:0.0} s (seed {FactorClassifierTrainer.Seed})");
        return 0;
    }
}
