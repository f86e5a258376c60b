namespace Ito.Categorization.Pipeline;

/// <summary>
/// Stamped on every result so the host can re-run markets categorised by an older pipeline.
/// Bump when the taxonomy, the model, a gazetteer or a stage's logic changes.
/// </summary>
public static class PipelineVersion
{
    public const string Current = "2026.11.2";
}
