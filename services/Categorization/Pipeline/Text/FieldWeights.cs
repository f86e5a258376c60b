namespace Ito.Categorization.Pipeline.Text;

/// <summary>How much evidence from each part of a market counts: the title decides, rules text only nudges.</summary>
public static class FieldWeights
{
    public static double Of(TextField field) => field switch
    {
        TextField.Title => 1.0,
        TextField.Context => 0.5,
        _ => 0.15,
    };
}
