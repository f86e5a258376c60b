using System.Text.Json.Serialization;

namespace Ito.Venues.Kalshi.Models;

// Kalshi list responses: one array plus a cursor that is empty (or null) on the last page.

public sealed record KalshiMarketsPage
{
    [JsonPropertyName("markets")] public IReadOnlyList<KalshiMarket> Markets { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

public sealed record KalshiEventsPage
{
    [JsonPropertyName("events")] public IReadOnlyList<KalshiEvent> Events { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

public sealed record KalshiTradesPage
{
    [JsonPropertyName("trades")] public IReadOnlyList<KalshiTrade> Trades { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

public sealed record KalshiOrdersPage
{
    [JsonPropertyName("orders")] public IReadOnlyList<KalshiOrder> Orders { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

public sealed record KalshiFillsPage
{
    [JsonPropertyName("fills")] public IReadOnlyList<KalshiFill> Fills { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

public sealed record KalshiMarketResponse
{
    [JsonPropertyName("market")] public KalshiMarket Market { get; init; } = new();
}

public sealed record KalshiEventResponse
{
    [JsonPropertyName("event")] public KalshiEvent Event { get; init; } = new();
    /// <summary>Deprecated by Kalshi in favour of <c>event.markets</c>; read both.</summary>
    [JsonPropertyName("markets")] public IReadOnlyList<KalshiMarket>? Markets { get; init; }
}

public sealed record KalshiSeriesListResponse
{
    [JsonPropertyName("series")] public IReadOnlyList<KalshiSeries> Series { get; init; } = [];
}

public sealed record KalshiSeriesResponse
{
    [JsonPropertyName("series")] public KalshiSeries Series { get; init; } = new();
}
