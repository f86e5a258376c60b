namespace Ito.Baskets.Baskets;

/// <summary>
/// Turns the weights a user gave into weights that sum to exactly 1 at <see cref="Decimals"/> decimal places.
/// Each weight is first cut down to the grid of 10^-8; the few units that cutting lost go one each to the legs
/// with the largest cut-off remainders, ties to the earlier leg (largest-remainder method). The same weights in
/// the same order therefore always give the same result, and the sum is exactly 1, never 0.99999999.
/// </summary>
public static class LegWeights
{
    public const int Decimals = 8;

    /// <summary>The largest weight accepted, so a sum of 50 weights can never overflow <see cref="decimal"/>.</summary>
    public const decimal MaxWeight = 1_000_000m;

    private const decimal Units = 100_000_000m;

    public static decimal[] Normalize(IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0) return [];
        if (weights.Any(w => w <= 0)) throw new ArgumentOutOfRangeException(nameof(weights), "Every weight must be greater than 0.");

        var total = weights.Sum();
        var units = new decimal[weights.Count];
        var remainders = new decimal[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = weights[i] / total * Units;
            units[i] = decimal.Floor(exact);
            remainders[i] = exact - units[i];
        }

        var missing = (int)(Units - units.Sum());
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(missing))
        {
            units[i] += 1;
        }

        return units.Select(u => u / Units).ToArray();
    }
}
