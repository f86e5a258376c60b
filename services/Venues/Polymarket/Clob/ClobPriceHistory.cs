using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Clob;

/// <summary><c>GET /prices-history</c>: points of (Unix seconds, price as a JSON number).</summary>
public sealed record ClobPriceHistory
{
    [JsonPropertyName("history")] public IReadOnlyList<ClobPricePoint> History { get; init; } = [];
}

public sealed record ClobPricePoint
{
    [JsonPropertyName("t")] public long T { get; init; }
    [JsonPropertyName("p"), JsonConverter(typeof(DecimalStringConverter))] public decimal P { get; init; }

    [JsonIgnore] public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds(T);
}

/// <summary>
/// The window of a history query: either an explicit [start, end] or an interval ending now ("1d", "1w", "max"…);
/// the CLOB refuses both at once. <see cref="FidelityMinutes"/> is the point spacing.
/// </summary>
public sealed record ClobPriceHistoryQuery
{
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public string? Interval { get; init; }
    public int? FidelityMinutes { get; init; }
}
