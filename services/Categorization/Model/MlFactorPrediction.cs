namespace Ito.Categorization.Model;

/// <summary>The classifier's output row: one probability per label, in the model's label order.</summary>
public sealed class MlFactorPrediction
{
    public float[] Score { get; set; } = [];
}
