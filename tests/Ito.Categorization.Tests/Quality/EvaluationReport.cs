using System.Globalization;
using System.Text;

namespace Ito.Categorization.Tests.Quality;

/// <summary>Per-basket precision/recall/F1 over (expected, predicted) pairs; basket 0 (review) counts as a miss.</summary>
internal sealed class EvaluationReport
{
    private readonly List<(int Expected, int Predicted, bool FactorCorrect)> _outcomes = [];

    public void Add(int expected, int predicted, bool factorCorrect) => _outcomes.Add((expected, predicted, factorCorrect));

    public int Count => _outcomes.Count;
    public double FactorAccuracy => _outcomes.Count(o => o.FactorCorrect) / (double)_outcomes.Count;
    public double BasketAccuracy => _outcomes.Count(o => o.Expected == o.Predicted) / (double)_outcomes.Count;
    public double ReviewRate => _outcomes.Count(o => o.Predicted == 0) / (double)_outcomes.Count;

    public (double Precision, double Recall, double F1, int Support) For(int basket)
    {
        var truePositives = _outcomes.Count(o => o.Expected == basket && o.Predicted == basket);
        var predicted = _outcomes.Count(o => o.Predicted == basket);
        var support = _outcomes.Count(o => o.Expected == basket);
        var precision = predicted == 0 ? 0 : truePositives / (double)predicted;
        var recall = support == 0 ? 0 : truePositives / (double)support;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, support);
    }

    public double MacroF1(IEnumerable<int> baskets) => baskets.Average(b => For(b).F1);

    public string Table(IEnumerable<(int Number, string Name)> baskets)
    {
        var text = new StringBuilder();
        text.AppendLine("| # | basket | precision | recall | F1 | n |");
        text.AppendLine("|---|---|---|---|---|---|");
        var list = baskets.ToList();
        foreach (var (number, name) in list)
        {
            var (p, r, f1, n) = For(number);
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {number} | {name} | {p:0.000} | {r:0.000} | {f1:0.000} | {n} |"));
        }
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"macro-F1 {MacroF1(list.Select(b => b.Number)):0.000} · basket accuracy {BasketAccuracy:0.000} · primary-factor accuracy {FactorAccuracy:0.000} · review rate {ReviewRate:0.000} · n {Count}"));
        return text.ToString();
    }
}
