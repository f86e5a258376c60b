namespace Ito.Web.Builder;

/// <summary>
/// The basket being built, kept in the builder's URL (<c>leg</c> repeated, <c>name</c>, <c>description</c>,
/// <c>visibility</c>, <c>reason</c>; <c>basket</c> and <c>version</c> when an admin edits a system basket) or in the
/// builder form's fields. Reading is forgiving: a leg that cannot be read, a market named twice or one leg too many
/// is left out with a <see cref="Notices">notice</see>, never an error page.
/// </summary>
public sealed record DraftBasket
{
    /// <summary>Custom baskets hold at most 50 legs (the API says so); system baskets, edited here by admins, hold more.</summary>
    public const int MaxLegs = 300;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    public IReadOnlyList<DraftLeg> Legs { get; init; } = [];

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary><c>private</c> (the default) or <c>public</c>.</summary>
    public string Visibility { get; init; } = "private";

    /// <summary>Why, for the admin reviewing a suggestion.</summary>
    public string? Reason { get; init; }

    /// <summary>The system basket an admin is editing, when one is.</summary>
    public Guid? EditingBasketId { get; init; }

    /// <summary>The version of that basket the edit started from, so a change made meanwhile is not overwritten.</summary>
    public uint? Version { get; init; }

    public IReadOnlyList<string> Notices { get; init; } = [];

    public bool IsEmpty => Legs.Count == 0;

    public static DraftBasket Empty { get; } = new();

    /// <summary>Reads legs in their link form (<see cref="DraftLeg.Encode"/>).</summary>
    public static DraftBasket Read(IEnumerable<string?>? encodedLegs, string? name, string? description, string? visibility,
        string? reason, string? basketId, string? version) =>
        Build((encodedLegs ?? []).Select(text => DraftLeg.TryDecode(text, out var leg) ? leg : null), name, description, visibility, reason, basketId, version);

    /// <summary>Reads legs from the builder form, one market id, side and weight per leg.</summary>
    public static DraftBasket Read(IEnumerable<(string? MarketId, string? Side, string? Weight)> legs, string? name, string? description,
        string? visibility, string? reason, string? basketId, string? version) =>
        Build(legs.Select(l => DraftLeg.TryCreate(l.MarketId, l.Side, l.Weight, out var leg) ? leg : null), name, description, visibility, reason, basketId, version);

    /// <summary>Adds a market on a side; a market already held keeps its weight and takes the new side.</summary>
    public DraftBasket WithLeg(string marketId, string side)
    {
        if (!DraftLeg.TryCreate(marketId, side, null, out var added)) return this with { Notices = ["That market could not be added."] };
        var index = Legs.ToList().FindIndex(l => l.MarketId == added!.MarketId);
        if (index >= 0)
        {
            var legs = Legs.ToList();
            legs[index] = legs[index] with { Side = added!.Side };
            return this with { Legs = legs, Notices = [] };
        }
        if (Legs.Count >= MaxLegs) return this with { Notices = [$"A basket here holds at most {MaxLegs} legs."] };
        return this with { Legs = [.. Legs, added!], Notices = [] };
    }

    public DraftBasket WithoutLeg(int index) =>
        index >= 0 && index < Legs.Count ? this with { Legs = Legs.Where((_, i) => i != index).ToList(), Notices = [] } : this;

    /// <summary>Each leg's share of the basket, or null when a weight is not a number greater than 0 (the API will say which).</summary>
    public IReadOnlyList<decimal>? Shares()
    {
        var weights = Legs.Select(l => l.WeightValue).ToList();
        if (weights.Count == 0 || weights.Any(w => w is not > 0)) return null;
        var total = weights.Sum(w => w!.Value);
        return weights.Select(w => w!.Value / total).ToList();
    }

    public IEnumerable<KeyValuePair<string, string?>> QueryParameters()
    {
        foreach (var leg in Legs) yield return new("leg", leg.Encode());
        if (Name is not null) yield return new("name", Name);
        if (Description is not null) yield return new("description", Description);
        if (Visibility != "private") yield return new("visibility", Visibility);
        if (Reason is not null) yield return new("reason", Reason);
        if (EditingBasketId is { } id) yield return new("basket", id.ToString());
        if (Version is { } version) yield return new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static DraftBasket Build(IEnumerable<DraftLeg?> candidates, string? name, string? description, string? visibility,
        string? reason, string? basketId, string? version)
    {
        var notices = new List<string>();
        var legs = new List<DraftLeg>();
        int unreadable = 0, repeated = 0, tooMany = 0;
        foreach (var leg in candidates)
        {
            if (leg is null) unreadable++;
            else if (legs.Any(l => l.MarketId == leg.MarketId)) repeated++;
            else if (legs.Count >= MaxLegs) tooMany++;
            else legs.Add(leg);
        }
        if (unreadable > 0) notices.Add(Plural(unreadable, "leg could not be read and was left out.", "legs could not be read and were left out."));
        if (repeated > 0) notices.Add(Plural(repeated, "market was named twice; its first leg was kept.", "markets were named twice; the first leg of each was kept."));
        if (tooMany > 0) notices.Add($"Only the first {MaxLegs} legs were kept.");

        var wantedVisibility = visibility?.Trim().ToLowerInvariant();
        if (wantedVisibility is not (null or "" or "private" or "public")) notices.Add("The visibility must be private or public; private was kept.");
        return new DraftBasket
        {
            Legs = legs,
            Name = Text(name, MaxNameLength, "name", notices),
            Description = Text(description, MaxTextLength, "description", notices),
            Visibility = wantedVisibility == "public" ? "public" : "private",
            Reason = Text(reason, MaxTextLength, "reason", notices),
            EditingBasketId = Guid.TryParse(basketId, out var id) ? id : null,
            Version = uint.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null,
            Notices = notices,
        };
    }

    private static string? Text(string? value, int maxLength, string what, List<string> notices)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (value.Length <= maxLength) return value;
        notices.Add($"The {what} was cut to {maxLength} characters.");
        return value[..maxLength];
    }

    private static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
