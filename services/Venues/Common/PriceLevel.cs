namespace Ito.Venues;

/// <summary>One level of an order book: a price (a probability in [0, 1] for binary contracts) and the size resting there.</summary>
public readonly record struct PriceLevel(decimal Price, decimal Size);
