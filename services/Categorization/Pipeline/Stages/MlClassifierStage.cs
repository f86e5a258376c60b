using Ito.Categorization.Model;

namespace Ito.Categorization.Pipeline.Stages;

/// <summary>
/// Stage 6: the committed ML.NET factor classifier (FeaturizeText + SDCA maximum entropy) over the normalised
/// title. Constructed without a classifier (tests, tools) the stage abstains and the rule-based evidence decides alone.
/// </summary>
public sealed class MlClassifierStage(FactorClassifier? classifier) : ICategorizationStage
{
    public string Name => "ml-classifier";

    public void Run(CategorizationContext context)
    {
        if (classifier is null || context.Title.Length == 0)
        {
            context.Contribute(Name, classifier is null ? "no model loaded" : "empty title");
            return;
        }
        classifier.Predict(MlText.From(context.Title), context.MlScores);
        context.Contribute(Name, "factor probabilities", context.MlScores, top: 3);
    }
}
