namespace Ito.Trading.Orders;

/// <summary>Where an order goes: the simulator with the platform's paper account, Kalshi's demo, or the real venues.</summary>
public enum TradingMode
{
    Paper,
    Demo,
    Live,
}

/// <summary>best-effort keeps whatever legs filled; all-or-nothing sells filled legs back when any leg fails.</summary>
public enum OrderPolicy
{
    BestEffort,
    AllOrNothing,
}

public enum BasketOrderStatus
{
    Pending,
    Submitting,
    Filled,
    PartiallyFilled,
    Failed,
    Unwinding,
    Unwound,
    Cancelled,
}

public enum LegOrderStatus
{
    /// <summary>Planned, not sent yet.</summary>
    Planned,

    /// <summary>
    /// Sent; the venue's answer is not known yet. A crash, or a venue that could not be asked, leaves the leg here
    /// (with the reason in its error) until a later run looks the order up.
    /// </summary>
    Submitting,

    Filled,
    PartiallyFilled,

    /// <summary>Resting on the venue's book.</summary>
    Open,

    /// <summary>The venue refused it or it matched nothing.</summary>
    Failed,

    /// <summary>Below the venue's minimum size after rounding: nothing to send.</summary>
    Skipped,

    Cancelled,

    /// <summary>Its fills were sold back (all-or-nothing).</summary>
    Unwound,
}

/// <summary>The wire spelling of the vocabulary (kebab/snake case as the API documents it).</summary>
public static class OrderWire
{
    public static string Name(TradingMode mode) => mode.ToString().ToLowerInvariant();

    public static string Name(OrderPolicy policy) => policy == OrderPolicy.BestEffort ? "best-effort" : "all-or-nothing";

    public static string Name(BasketOrderStatus status) => status switch
    {
        BasketOrderStatus.PartiallyFilled => "partially_filled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Name(LegOrderStatus status) => status switch
    {
        LegOrderStatus.PartiallyFilled => "partially_filled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static bool TryParseMode(string? text, out TradingMode mode)
    {
        mode = default;
        return text is not null && Enum.TryParse(text, ignoreCase: true, out mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _);
    }

    public static bool TryParsePolicy(string? text, out OrderPolicy policy)
    {
        policy = default;
        switch (text?.ToLowerInvariant())
        {
            case "best-effort": policy = OrderPolicy.BestEffort; return true;
            case "all-or-nothing": policy = OrderPolicy.AllOrNothing; return true;
            default: return false;
        }
    }
}
