using Ito.Baskets.Baskets;

namespace Ito.Baskets.Tests.Domain;

public sealed class LegWeightsTests
{
    [Fact]
    public void Thirds_sum_to_exactly_one_with_the_lost_unit_on_the_first_leg()
    {
        var normalized = LegWeights.Normalize([1m, 1m, 1m]);
        Assert.Equal([0.33333334m, 0.33333333m, 0.33333333m], normalized);
        Assert.Equal(1m, normalized.Sum());
    }

    [Fact]
    public void The_lost_units_go_to_the_largest_remainders()
    {
        // 2/3 = 0.666666666… (remainder .67 of a unit), 1/3 = 0.333333333… (remainder .33): the unit goes to the first.
        Assert.Equal([0.66666667m, 0.33333333m], LegWeights.Normalize([2m, 1m]));
        Assert.Equal([0.33333333m, 0.66666667m], LegWeights.Normalize([1m, 2m]));
    }

    [Fact]
    public void Exact_shares_are_kept_exactly()
    {
        Assert.Equal([0.25m, 0.25m, 0.5m], LegWeights.Normalize([1m, 1m, 2m]));
        Assert.Equal([1m], LegWeights.Normalize([0.0001m]));
    }

    [Fact]
    public void Any_weights_sum_to_exactly_one_on_the_eight_decimal_grid_and_the_same_input_gives_the_same_output()
    {
        var random = new Random(20261126);
        for (var run = 0; run < 500; run++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 51))
                .Select(_ => Math.Round((decimal)random.NextDouble() * 1000m, random.Next(0, 6)) + 0.001m)
                .ToList();
            var normalized = LegWeights.Normalize(weights);
            Assert.Equal(1m, normalized.Sum());
            Assert.All(normalized, w => Assert.Equal(w, decimal.Round(w, LegWeights.Decimals)));
            Assert.Equal(normalized, LegWeights.Normalize(weights));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_weight_that_is_not_positive_is_refused(int weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LegWeights.Normalize([1m, weight]));
}
