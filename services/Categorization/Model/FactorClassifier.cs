using System.Collections.Concurrent;
using Ito.Categorization.Taxonomy;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Ito.Categorization.Model;

/// <summary>
/// The committed ML.NET model, loaded once (never trained at start). Scoring normally goes through
/// <see cref="LinearFactorScorer"/>, the model's own weights applied directly; if the model ever has a shape the
/// scorer cannot reproduce (checked at load against ML.NET on probe titles), pooled PredictionEngines are used
/// instead — an engine is not thread-safe, so each concurrent caller takes one and gives it back.
/// </summary>
public sealed class FactorClassifier
{
    private const float AgreementTolerance = 1e-4f;
    private static readonly string[] ProbeTitles =
    [
        "will the fed cut rates in march",
        "bitcoin above on december",
        "will taylor swift and travis kelce get engaged",
        "unknownword and zzz",
    ];

    private readonly MLContext _context = new(seed: FactorClassifierTrainer.Seed);
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<MlMarketInput, MlFactorPrediction>> _engines = [];
    private readonly LinearFactorScorer? _scorer;
    private readonly int[] _slotToFactor;

    public FactorClassifier(string modelPath, CategorizationTaxonomy taxonomy)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException("The categorization model is missing; run the train command.", modelPath);
        _model = _context.Model.Load(modelPath, out _);
        var engine = _context.Model.CreatePredictionEngine<MlMarketInput, MlFactorPrediction>(_model);
        _slotToFactor = MapSlotsToFactors(engine.OutputSchema, taxonomy);
        _engines.Add(engine);
        var scorer = LinearFactorScorer.TryExtract(_context, _model);
        _scorer = scorer is not null && scorer.ClassCount == _slotToFactor.Length && Agrees(scorer) ? scorer : null;
        ModelPath = modelPath;
    }

    public string ModelPath { get; }
    public int LabelCount => _slotToFactor.Length;

    /// <summary>True when scoring uses the extracted weights (the normal case) rather than ML.NET engines.</summary>
    public bool UsesDirectScorer => _scorer is not null;

    /// <summary>Writes each factor's probability (0 for factors the model never saw) into <paramref name="scores"/>.</summary>
    public void Predict(string mlText, double[] scores)
    {
        Span<float> probabilities = stackalloc float[_slotToFactor.Length];
        if (_scorer is not null) _scorer.Score(mlText, probabilities);
        else PredictWithEngine(mlText, probabilities);
        for (var slot = 0; slot < probabilities.Length; slot++)
        {
            var factor = _slotToFactor[slot];
            if (factor >= 0) scores[factor] = probabilities[slot];
        }
    }

    /// <summary>The reference path through ML.NET itself; tests compare it with the direct scorer.</summary>
    internal void PredictWithEngine(string mlText, Span<float> probabilities)
    {
        if (!_engines.TryTake(out var engine)) engine = _context.Model.CreatePredictionEngine<MlMarketInput, MlFactorPrediction>(_model);
        try
        {
            var output = new MlFactorPrediction();
            engine.Predict(new MlMarketInput { Text = mlText }, ref output);
            output.Score.AsSpan(0, Math.Min(output.Score.Length, probabilities.Length)).CopyTo(probabilities);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    internal void PredictWithDirectScorer(string mlText, Span<float> probabilities) =>
        (_scorer ?? throw new InvalidOperationException("The model could not be lifted into the direct scorer.")).Score(mlText, probabilities);

    private bool Agrees(LinearFactorScorer scorer)
    {
        Span<float> direct = stackalloc float[scorer.ClassCount];
        Span<float> reference = stackalloc float[scorer.ClassCount];
        foreach (var probe in ProbeTitles)
        {
            scorer.Score(probe, direct);
            PredictWithEngine(probe, reference);
            for (var k = 0; k < direct.Length; k++)
            {
                if (Math.Abs(direct[k] - reference[k]) > AgreementTolerance) return false;
            }
        }
        return true;
    }

    private static int[] MapSlotsToFactors(DataViewSchema schema, CategorizationTaxonomy taxonomy)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].GetSlotNames(ref names);
        var values = names.DenseValues().ToArray();
        var map = new int[values.Length];
        for (var slot = 0; slot < values.Length; slot++)
        {
            // A label the taxonomy no longer has is ignored rather than fatal: the model can lag a taxonomy edit.
            map[slot] = taxonomy.TryGetFactor(values[slot].ToString(), out var factor) ? factor.Index : -1;
        }
        return map;
    }
}
