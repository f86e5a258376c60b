namespace Ito.Categorization.Pipeline.Text;

/// <summary>
/// A comparison in the title: "above $90" is (Up, 90, Money). <see cref="Comparator"/> None means a range or an
/// exact bucket ("between 3.0% and 3.1%"), which says nothing about direction.
/// </summary>
public readonly record struct Threshold(MarketDirection Comparator, double Value, TokenKind Unit, int TokenIndex);
