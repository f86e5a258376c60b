namespace Ito.Contracts;

/// <summary>Which outcome a leg or an order holds. A basket NO flips every leg.</summary>
public enum Side
{
    Yes,
    No,
}

/// <summary>Whether a market's YES moves its risk factor up or down.</summary>
public enum Direction
{
    None,
    Up,
    Down,
}
