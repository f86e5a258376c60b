using System.Text.Json.Serialization;

namespace Ito.Venues.Polymarket.Gamma;

/// <summary><c>GET /markets/keyset</c>: <c>next_cursor</c> is OMITTED on the last page.</summary>
public sealed record GammaMarketsKeysetPage
{
    [JsonPropertyName("markets")] public IReadOnlyList<GammaMarket> Markets { get; init; } = [];
    [JsonPropertyName("next_cursor")] public string? NextCursor { get; init; }
}

/// <summary><c>GET /events/keyset</c>: <c>next_cursor</c> is OMITTED on the last page.</summary>
public sealed record GammaEventsKeysetPage
{
    [JsonPropertyName("events")] public IReadOnlyList<GammaEvent> Events { get; init; } = [];
    [JsonPropertyName("next_cursor")] public string? NextCursor { get; init; }
}

/// <summary>
/// Filters shared by Gamma market/event listings. <see cref="Closed"/> matters: Gamma defaults it to false since
/// 2026-04-09, so a sync that must see closures asks for closed markets explicitly.
/// </summary>
public sealed record GammaListQuery
{
    /// <summary>Keyset pages hold at most 100 (since 2026-05-14).</summary>
    public int? Limit { get; init; }
    public bool? Closed { get; init; }
    public bool? Active { get; init; }
    public bool? Archived { get; init; }
    public string? TagId { get; init; }
    public string? Order { get; init; }
    public bool? Ascending { get; init; }
    public IReadOnlyList<string>? Ids { get; init; }
    public IReadOnlyList<string>? ConditionIds { get; init; }
    public IReadOnlyList<string>? Slugs { get; init; }
    public IReadOnlyList<string>? ClobTokenIds { get; init; }
    public DateTimeOffset? EndDateMin { get; init; }
    public bool? IncludeTag { get; init; }
}
