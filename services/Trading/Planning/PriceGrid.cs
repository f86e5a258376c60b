namespace Ito.Trading.Planning;

/// <summary>A band of valid prices from <see cref="Start"/> to <see cref="End"/> in steps of <see cref="Step"/>.</summary>
public sealed record PriceBand(decimal Start, decimal End, decimal Step);

/// <summary>
/// The prices a venue accepts for one market, in the terms of the outcome being bought. Kalshi publishes
/// <c>price_ranges</c> (tapered grids are finer near 0 and 1); Polymarket has one tick size from tick to 1 − tick.
/// </summary>
public sealed class PriceGrid
{
    public PriceGrid(IReadOnlyList<PriceBand> bands)
    {
        if (bands.Count == 0 || bands.Any(b => b.Step <= 0 || b.End < b.Start)) throw new ArgumentException("A price grid needs bands with a positive step.", nameof(bands));
        Bands = bands.OrderBy(b => b.Start).ToList();
    }

    public IReadOnlyList<PriceBand> Bands { get; }

    public decimal Min => Bands[0].Start;

    public decimal Max => Bands[^1].End;

    public static PriceGrid Uniform(decimal tick) => new([new PriceBand(tick, 1 - tick, tick)]);

    /// <summary>The same grid seen from the other outcome (a YES price p is a NO price 1 − p).</summary>
    public PriceGrid Complement() => new(Bands.Select(b => new PriceBand(1 - b.End, 1 - b.Start, b.Step)).ToList());

    /// <summary>The highest valid price not above <paramref name="price"/>, or null when it is below the grid.</summary>
    public decimal? FloorToGrid(decimal price)
    {
        if (price < Min) return null;
        if (price >= Max) return Max;
        foreach (var band in Bands.Reverse())
        {
            if (price < band.Start) continue;
            var steps = decimal.Floor((Math.Min(price, band.End) - band.Start) / band.Step);
            return band.Start + steps * band.Step;
        }

        return null;
    }

    /// <summary>The step of the band holding <paramref name="price"/> (the finest where bands meet).</summary>
    public decimal StepAt(decimal price) =>
        Bands.Where(b => price >= b.Start && price <= b.End).Select(b => b.Step).DefaultIfEmpty(Bands[0].Step).Min();
}
