using Ito.Categorization.Pipeline;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Tests;

/// <summary>One pipeline for the whole test run: loading the model and gazetteer once keeps the suite fast.</summary>
internal static class TestPipeline
{
    private static readonly Lazy<CategorizationPipeline> Shared = new(() => CategorizationPipeline.CreateDefault());

    public static CategorizationPipeline Instance => Shared.Value;
    public static CategorizationTaxonomy Taxonomy => Instance.Taxonomy;

    /// <summary>Runs the default pipeline's stages up to and including <typeparamref name="TStage"/>, for stage tests.</summary>
    public static CategorizationContext RunThrough<TStage>(MarketText input) where TStage : ICategorizationStage
    {
        var context = new CategorizationContext(input, Taxonomy);
        foreach (var stage in Instance.Stages)
        {
            stage.Run(context);
            if (stage is TStage) return context;
        }
        throw new InvalidOperationException($"{typeof(TStage).Name} is not in the pipeline.");
    }

    public static MarketText Kalshi(string title, string? category = null) => new(MarketText.Kalshi, title, VenueCategory: category);
    public static MarketText Polymarket(string title, params string[] tags) => new(MarketText.Polymarket, title, Tags: tags);
}
