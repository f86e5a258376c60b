using System.Numerics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ito.Categorization.Model;

/// <summary>
/// The trained model's own parameters (n-gram vocabulary, SDCA weights and biases) lifted out of the ML.NET
/// pipeline and applied directly: the same word uni/bigram TF vector, L2-normalised, times the weights, softmax.
/// It is a few microseconds instead of a PredictionEngine's tens, allocates nothing and is thread-safe;
/// <see cref="FactorClassifier"/> checks it against the engine at load.
/// </summary>
internal sealed class LinearFactorScorer
{
    private const char NgramSeparator = '|';
    // Titles have a few dozen n-grams; a 4 KB pathological title stops contributing after this many distinct ones.
    private const int MaxFeatures = 256;

    private readonly Dictionary<string, int> _features;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly float[] _weights; // feature-major: [feature * classes + class]
    private readonly float[] _biases;

    private LinearFactorScorer(Dictionary<string, int> features, float[] weights, float[] biases)
    {
        _features = features;
        _lookup = features.GetAlternateLookup<ReadOnlySpan<char>>();
        _weights = weights;
        _biases = biases;
    }

    public int ClassCount => _biases.Length;

    public static LinearFactorScorer? TryExtract(MLContext context, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain
            || chain.LastTransformer is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor)
            return null;

        var inputSchema = context.Data.LoadFromEnumerable(Array.Empty<MlMarketInput>()).Schema;
        var featureColumn = model.GetOutputSchema(inputSchema).GetColumnOrNull("Features");
        if (featureColumn is not { } column || !column.HasSlotNames()) return null;
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var slotNames = names.DenseValues().Select(n => n.ToString()).ToArray();

        VBuffer<float>[] classWeights = [];
        predictor.Model.GetWeights(ref classWeights, out var classes);
        var biases = predictor.Model.GetBiases().ToArray();
        if (classes != biases.Length || classWeights.Length != classes) return null;

        var features = new Dictionary<string, int>(slotNames.Length, StringComparer.Ordinal);
        for (var slot = 0; slot < slotNames.Length; slot++) features.TryAdd(slotNames[slot], slot);
        var weights = new float[slotNames.Length * classes];
        for (var k = 0; k < classes; k++)
        {
            foreach (var (slot, value) in classWeights[k].Items())
                weights[slot * classes + k] = value;
        }
        return new LinearFactorScorer(features, weights, biases);
    }

    /// <summary>Writes class probabilities (in the model's label order) into <paramref name="probabilities"/>.</summary>
    public void Score(string mlText, Span<float> probabilities)
    {
        Span<int> slots = stackalloc int[MaxFeatures];
        Span<float> counts = stackalloc float[MaxFeatures];
        var active = 0;
        Span<char> pair = stackalloc char[128];

        var text = mlText.AsSpan();
        var previousStart = -1;
        var previousLength = 0;
        var position = 0;
        while (position < text.Length && active < MaxFeatures - 1)
        {
            var end = text[position..].IndexOf(' ');
            var length = end < 0 ? text.Length - position : end;
            var word = text.Slice(position, length);
            if (_lookup.TryGetValue(word, out var unigram))
            {
                Add(unigram, slots, counts, ref active);
                if (previousStart >= 0 && previousLength + 1 + length <= pair.Length)
                {
                    text.Slice(previousStart, previousLength).CopyTo(pair);
                    pair[previousLength] = NgramSeparator;
                    word.CopyTo(pair[(previousLength + 1)..]);
                    if (_lookup.TryGetValue(pair[..(previousLength + 1 + length)], out var bigram)) Add(bigram, slots, counts, ref active);
                }
                previousStart = position;
                previousLength = length;
            }
            else
            {
                previousStart = -1; // an unknown word breaks the n-gram window
            }
            position += length + 1;
        }

        var classes = _biases.Length;
        _biases.CopyTo(probabilities);
        var norm = 0f;
        for (var i = 0; i < active; i++) norm += counts[i] * counts[i];
        if (norm > 0)
        {
            var scale = 1f / MathF.Sqrt(norm);
            for (var i = 0; i < active; i++)
            {
                var value = counts[i] * scale;
                AddScaled(_weights.AsSpan(slots[i] * classes, classes), value, probabilities[..classes]);
            }
        }
        Softmax(probabilities[..classes]);
    }

    private static void AddScaled(ReadOnlySpan<float> row, float value, Span<float> target)
    {
        var k = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<float>(value);
            for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
            {
                var sum = new Vector<float>(target[k..]) + scale * new Vector<float>(row[k..]);
                sum.CopyTo(target[k..]);
            }
        }
        for (; k < row.Length; k++) target[k] += value * row[k];
    }

    private static void Add(int slot, Span<int> slots, Span<float> counts, ref int active)
    {
        for (var i = 0; i < active; i++)
        {
            if (slots[i] != slot) continue;
            counts[i]++;
            return;
        }
        slots[active] = slot;
        counts[active] = 1;
        active++;
    }

    private static void Softmax(Span<float> values)
    {
        var max = float.NegativeInfinity;
        foreach (var v in values) max = MathF.Max(max, v);
        var total = 0f;
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = MathF.Exp(values[k] - max);
            total += values[k];
        }
        for (var k = 0; k < values.Length; k++) values[k] /= total;
    }
}
