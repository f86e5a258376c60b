using System.Globalization;
using System.Text;

namespace Ito.Categorization.Tests.Quality;

/// <summary>Reliability of stated confidence: accuracy per confidence bucket and the expected calibration error.</summary>
internal sealed class CalibrationTable
{
    private const int Buckets = 5;
    private readonly List<(double Confidence, bool Correct)> _points = [];

    public void Add(double confidence, bool correct) => _points.Add((confidence, correct));

    public double ExpectedCalibrationError => Groups().Sum(g => g.Count() / (double)_points.Count * Math.Abs(g.Average(p => p.Confidence) - g.Average(p => p.Correct ? 1.0 : 0.0)));

    public string Describe()
    {
        var text = new StringBuilder("confidence bucket: mean confidence / accuracy / n\n");
        foreach (var group in Groups())
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{group.Key / (double)Buckets:0.0}, {(group.Key + 1) / (double)Buckets:0.0}): {group.Average(p => p.Confidence):0.000} / {group.Average(p => p.Correct ? 1.0 : 0.0):0.000} / {group.Count()}"));
        }
        text.Append(string.Create(CultureInfo.InvariantCulture, $"expected calibration error {ExpectedCalibrationError:0.000}"));
        return text.ToString();
    }

    private IEnumerable<IGrouping<int, (double Confidence, bool Correct)>> Groups() =>
        _points.GroupBy(p => Math.Min(Buckets - 1, (int)(p.Confidence * Buckets))).OrderBy(g => g.Key);
}
