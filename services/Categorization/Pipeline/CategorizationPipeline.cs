using Ito.Categorization.Model;
using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Lexicon;
using Ito.Categorization.Pipeline.Stages;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline;

/// <summary>
/// Runs the ten stages in order. Built once and shared: stages are stateless and every call gets its own
/// <see cref="CategorizationContext"/>, so <see cref="Categorize"/> is thread-safe and deterministic.
/// </summary>
public sealed class CategorizationPipeline
{
    private readonly CategorizationTaxonomy _taxonomy;
    private readonly CategorizationOptions _options;

    public CategorizationPipeline(
        CategorizationTaxonomy taxonomy,
        CategorizationOptions options,
        NormalizeStage normalize,
        TokenizeStage tokenize,
        VenueCategoryStage venueCategory,
        EntityStage entities,
        LexiconStage lexicon,
        MlClassifierStage mlClassifier,
        ScoreFusionStage scoreFusion,
        DirectionStage direction,
        SystemBasketStage systemBasket,
        OverrideAndReviewStage overrideAndReview)
        : this(taxonomy, options, [normalize, tokenize, venueCategory, entities, lexicon, mlClassifier, scoreFusion, direction, systemBasket, overrideAndReview])
    {
    }

    /// <summary>Any stage list, for tests that need a stage to misbehave.</summary>
    internal CategorizationPipeline(CategorizationTaxonomy taxonomy, CategorizationOptions options, IReadOnlyList<ICategorizationStage> stages)
    {
        _taxonomy = taxonomy;
        _options = options;
        Stages = stages;
    }

    public IReadOnlyList<ICategorizationStage> Stages { get; }
    public CategorizationTaxonomy Taxonomy => _taxonomy;
    public string Version => PipelineVersion.Current;

    /// <summary>Builds the pipeline from the data files next to the assembly (taxonomy, gazetteer, model).</summary>
    public static CategorizationPipeline CreateDefault(CategorizationOptions? options = null)
    {
        options ??= new CategorizationOptions();
        var taxonomy = CategorizationTaxonomy.LoadFile(options.TaxonomyPath);
        var recognizer = new EntityRecognizer(taxonomy, Gazetteer.LoadFile(options.GazetteerPath, taxonomy));
        // The model is a committed artefact: a missing file is a broken deployment, not a reason to run degraded.
        return Create(taxonomy, options, recognizer, new FactorClassifier(options.ModelPath, taxonomy));
    }

    public static CategorizationPipeline Create(CategorizationTaxonomy taxonomy, CategorizationOptions options, EntityRecognizer recognizer, FactorClassifier? classifier) =>
        new(taxonomy, options,
            new NormalizeStage(options),
            new TokenizeStage(),
            new VenueCategoryStage(taxonomy),
            new EntityStage(recognizer),
            new LexiconStage(new FactorLexicon(taxonomy)),
            new MlClassifierStage(classifier),
            new ScoreFusionStage(taxonomy, options),
            new DirectionStage(),
            new SystemBasketStage(),
            new OverrideAndReviewStage(taxonomy, options));

    public CategorizationResult Categorize(MarketText input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // A deserialised message can carry a null title despite the annotation.
        var context = new CategorizationContext(input.Title is null ? input with { Title = "" } : input, _taxonomy);
        try
        {
            foreach (var stage in Stages) stage.Run(context);
            return ToResult(context);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Bad input must never fail the consumer; the market waits for a human instead.
            context.Contribute("pipeline", $"failed: {error.GetType().Name}");
            return new CategorizationResult(SystemBasket.ReviewQueue, SystemBasket.ReviewQueueSlug, SystemBasket.ReviewQueue, MarketDirection.None, 0, [],
                PipelineVersion.Current, NeedsReview: true, Overridden: false, context.Contributions);
        }
    }

    private CategorizationResult ToResult(CategorizationContext context)
    {
        var factors = new List<RankedRiskFactor>(_options.MaxRiskFactors);
        if (!(context.Overridden && context.PrimaryFactor < 0))
        {
            foreach (var f in context.RankedFactors)
            {
                if (factors.Count >= _options.MaxRiskFactors) break;
                var confidence = context.Overridden && f == context.PrimaryFactor ? 1.0 : context.Probabilities[f];
                if (factors.Count > 0 && confidence < 0.001) break;
                factors.Add(new RankedRiskFactor(_taxonomy.Factors[f].Id, Math.Round(confidence, 4)));
            }
        }

        var basket = context.NeedsReview ? SystemBasket.ReviewQueue : context.Basket;
        return new CategorizationResult(
            basket,
            _taxonomy.SlugOf(basket),
            context.Basket,
            context.Direction,
            Math.Round(context.Confidence, 4),
            factors,
            PipelineVersion.Current,
            context.NeedsReview,
            context.Overridden,
            context.Contributions);
    }
}
