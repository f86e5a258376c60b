namespace Ito.Contracts;

/// <summary>The prediction-market venues a market can come from.</summary>
public enum Venue
{
    Kalshi,
    Polymarket,
}
