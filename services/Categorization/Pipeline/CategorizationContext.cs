using Ito.Categorization.Pipeline.Entities;
using Ito.Categorization.Pipeline.Text;
using Ito.Categorization.Taxonomy;

namespace Ito.Categorization.Pipeline;

/// <summary>
/// Per-call scratch state that flows through the stages. Scores live in arrays indexed by
/// <see cref="RiskFactor.Index"/> (and basket number), so stages add evidence without dictionaries.
/// </summary>
public sealed class CategorizationContext
{
    public CategorizationContext(MarketText input, CategorizationTaxonomy taxonomy)
    {
        Input = input;
        Taxonomy = taxonomy;
        var factorCount = taxonomy.Factors.Count;
        LexiconScores = new double[factorCount];
        EntityScores = new double[factorCount];
        MlScores = new double[factorCount];
        FusedScores = new double[factorCount];
        Probabilities = new double[factorCount];
        BasketPriors = new double[CategorizationTaxonomy.BasketCount + 1];
        EntityBasketHints = new double[CategorizationTaxonomy.BasketCount + 1];
        BasketProbabilities = new double[CategorizationTaxonomy.BasketCount + 1];
    }

    public MarketText Input { get; }
    public CategorizationTaxonomy Taxonomy { get; }

    // 1 Normalize
    public string Title { get; set; } = "";
    public string Context { get; set; } = "";
    public string Rules { get; set; } = "";
    public List<string> VenueLabels { get; } = [];

    // 2 Tokenize
    public List<Token> Tokens { get; } = [];
    public List<Threshold> Thresholds { get; } = [];

    // 3–6 evidence
    public double[] BasketPriors { get; }
    public List<EntityMatch> Entities { get; } = [];
    public double[] EntityScores { get; }
    public double[] EntityBasketHints { get; }
    public double[] LexiconScores { get; }
    public double[] MlScores { get; }

    // 7 fusion
    public double[] FusedScores { get; }
    public double[] Probabilities { get; }
    public double[] BasketProbabilities { get; }
    public List<int> RankedFactors { get; } = [];

    // 8–10 decision
    public int PrimaryFactor { get; set; } = -1;
    public MarketDirection Direction { get; set; }
    public int Basket { get; set; }
    public double Confidence { get; set; }
    public bool NeedsReview { get; set; }
    public bool Overridden { get; set; }

    public List<StageContribution> Contributions { get; } = [];

    public int TitleTokenCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                if (token.Field != TextField.Title) break;
                count++;
            }
            return count;
        }
    }

    /// <summary>Records a stage's contribution: its summary plus the strongest factor scores it produced.</summary>
    public void Contribute(string stage, string summary, double[]? scores = null, int top = 5)
    {
        Contributions.Add(new StageContribution(stage, summary, scores is null ? [] : TopOf(scores, top)));
    }

    public IReadOnlyList<RankedRiskFactor> TopOf(double[] scores, int top)
    {
        var picked = new List<RankedRiskFactor>(top);
        Span<int> indexes = stackalloc int[Math.Min(top, scores.Length)];
        var count = 0;
        for (var f = 0; f < scores.Length; f++)
        {
            if (scores[f] <= 0) continue;
            // insertion into a tiny sorted window; ties keep taxonomy order for determinism
            var position = count;
            while (position > 0 && scores[indexes[position - 1]] < scores[f]) position--;
            if (position >= indexes.Length) continue;
            for (var k = Math.Min(count, indexes.Length - 1); k > position; k--) indexes[k] = indexes[k - 1];
            indexes[position] = f;
            if (count < indexes.Length) count++;
        }
        for (var k = 0; k < count; k++) picked.Add(new RankedRiskFactor(Taxonomy.Factors[indexes[k]].Id, Math.Round(scores[indexes[k]], 4)));
        return picked;
    }
}
