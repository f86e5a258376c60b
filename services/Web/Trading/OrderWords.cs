namespace Ito.Web.Trading;

/// <summary>How order and leg states, sides and modes read on the pages (the API's words are snake_case).</summary>
public static class OrderWords
{
    public static string Status(string status) => status switch
    {
        "partially_filled" => "Partially filled",
        "" => "—",
        _ => char.ToUpperInvariant(status[0]) + status[1..],
    };

    public static string Side(string side) => side.ToUpperInvariant();

    public static string Mode(string mode) => mode switch
    {
        "paper" => "Paper",
        "demo" => "Demo",
        "live" => "Live",
        _ => mode,
    };

    /// <summary>An order still moving: its page is worth refreshing.</summary>
    public static bool IsInFlight(string status) => status is "pending" or "submitting" or "unwinding";

    /// <summary>"3 filled, 1 skipped" for an order's legs.</summary>
    public static string LegStates(IEnumerable<LegOrderView> legs) =>
        string.Join(", ", legs.GroupBy(l => l.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {Status(g.Key).ToLowerInvariant()}"));
}
