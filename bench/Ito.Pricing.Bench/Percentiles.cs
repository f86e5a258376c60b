namespace Ito.Pricing.Bench;

internal static class Percentiles
{
    public static string Describe(List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        return $"n={milliseconds.Count,5}  p50={At(0.50),8:F3} ms  p99={At(0.99),8:F3} ms  max={milliseconds[^1],8:F3} ms";
    }
}
