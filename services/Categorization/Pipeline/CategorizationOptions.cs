namespace Ito.Categorization.Pipeline;

/// <summary>Tunables, bound from configuration section "Categorization" by the host.</summary>
public sealed class CategorizationOptions
{
    public const string SectionName = "Categorization";

    /// <summary>Below this confidence a market goes to the admin review queue (basket 0) instead of a basket.</summary>
    public double ReviewThreshold { get; set; } = 0.35;

    /// <summary>
    /// Softmax temperature of score fusion: lower means more confident. Calibrated on the development set
    /// (bench `calibrate`); change it only together with a re-calibration and a <see cref="PipelineVersion"/> bump.
    /// </summary>
    public double FusionTemperature { get; set; } = 0.15;

    /// <summary>Cap, in characters, on each normalised text field.</summary>
    public int MaxTextLength { get; set; } = 4096;

    /// <summary>How many ranked risk factors a result carries.</summary>
    public int MaxRiskFactors { get; set; } = 5;

    public string TaxonomyPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Taxonomy", "taxonomy.v1.json");
    public string GazetteerPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Entities", "gazetteer.v1.tsv");
    public string ModelPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Model", "basket-classifier.v1.zip");
}
