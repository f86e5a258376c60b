namespace Ito.Venues.Signing;

/// <summary>Decimal places the V2 SDK keeps for price, size and amount, per market tick size.</summary>
public sealed record PolymarketRoundingConfig(int Price, int Size, int Amount)
{
    public static PolymarketRoundingConfig ForTickSize(decimal tickSize) => tickSize switch
    {
        0.1m => new(1, 2, 3),
        0.01m => new(2, 2, 4),
        0.005m => new(3, 2, 5),
        0.0025m => new(4, 2, 6),
        0.001m => new(3, 2, 5),
        0.0001m => new(4, 2, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(tickSize), tickSize, "Polymarket tick sizes are 0.1, 0.01, 0.005, 0.0025, 0.001 and 0.0001."),
    };
}
