namespace Ito.Web.Builder;

/// <summary>
/// The builder form as posted: the search, every leg's fields, the basket's details and the button pressed
/// (<see cref="Action"/>). Everything is text; <see cref="DraftBasket"/> and <see cref="Markets.MarketSearchFilters"/> read it forgivingly.
/// </summary>
public sealed class BuilderForm
{
    public string? Q { get; set; }
    public string? Platform { get; set; }
    public string? Category { get; set; }
    public string? Status { get; set; }
    public string? ClosesBefore { get; set; }
    public string? Cursor { get; set; }
    public string? NextCursor { get; set; }

    public List<LegFields>? Legs { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Visibility { get; set; }
    public string? Reason { get; set; }
    public string? Basket { get; set; }
    public string? Version { get; set; }

    /// <summary>The system basket an admin picked to edit.</summary>
    public string? SystemBasket { get; set; }

    public string? Action { get; set; }

    public sealed class LegFields
    {
        public string? MarketId { get; set; }
        public string? Side { get; set; }
        public string? Weight { get; set; }
    }
}

/// <summary>
/// A builder button's value: <c>search</c>, <c>more</c>, <c>first</c>, <c>update</c>, <c>create</c>, <c>suggest</c>,
/// <c>save-system</c>, <c>load-system</c>, <c>new</c>, <c>add:{YES|NO}:{marketId}</c> or <c>remove:{leg index}</c>.
/// </summary>
public sealed record BuilderAction(string Kind, string? Side = null, string? MarketId = null, int? Index = null)
{
    public static readonly BuilderAction Update = new("update");

    private static readonly string[] Simple = ["search", "more", "first", "update", "create", "suggest", "save-system", "load-system", "new"];

    /// <summary>Whether the action only changes what the URL holds (so the answer is a redirect to the new URL).</summary>
    public bool OnlyChangesState => Kind is not ("create" or "suggest" or "save-system");

    public static string Add(string side, string marketId) => $"add:{side}:{marketId}";

    public static string Remove(int index) => $"remove:{index}";

    public static BuilderAction Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Update;
        if (Simple.Contains(value)) return new BuilderAction(value);
        if (value.StartsWith("add:", StringComparison.Ordinal))
        {
            var rest = value["add:".Length..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? new BuilderAction("add", rest[..colon], rest[(colon + 1)..]) : Update;
        }
        if (value.StartsWith("remove:", StringComparison.Ordinal)
            && int.TryParse(value["remove:".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return new BuilderAction("remove", Index: index);
        }
        return Update;
    }
}
