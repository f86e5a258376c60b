namespace Ito.Categorization.Model;

/// <summary>The classifier's input row: normalised title text and, when training, the primary factor id.</summary>
public sealed class MlMarketInput
{
    public string Text { get; set; } = "";
    public string Factor { get; set; } = "";
}
