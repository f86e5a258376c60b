namespace Ito.Venues.Kalshi;

/// <summary>Filters of <c>GET /markets</c>. Kalshi takes one status at a time: unopened, open, paused, closed, settled.</summary>
public sealed record KalshiMarketsQuery
{
    public int? Limit { get; init; }
    public string? EventTicker { get; init; }
    public string? SeriesTicker { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<string>? Tickers { get; init; }
    public long? MinCloseTs { get; init; }
    public long? MaxCloseTs { get; init; }
    public long? MinUpdatedTs { get; init; }
    /// <summary>"only" or "exclude" multivariate (combo) markets.</summary>
    public string? MveFilter { get; init; }
}

/// <summary>Filters of <c>GET /events</c> (max 200 a page).</summary>
public sealed record KalshiEventsQuery
{
    public int? Limit { get; init; }
    public string? Status { get; init; }
    public string? SeriesTicker { get; init; }
    public bool? WithNestedMarkets { get; init; }
    public long? MinCloseTs { get; init; }
    public long? MinUpdatedTs { get; init; }
}

public sealed record KalshiTradesQuery
{
    public int? Limit { get; init; }
    public string? Ticker { get; init; }
    public long? MinTs { get; init; }
    public long? MaxTs { get; init; }
}

public sealed record KalshiOrdersQuery
{
    public int? Limit { get; init; }
    public string? Ticker { get; init; }
    public string? EventTicker { get; init; }
    /// <summary>resting, canceled or executed.</summary>
    public string? Status { get; init; }
    public long? MinTs { get; init; }
    public long? MaxTs { get; init; }
}

public sealed record KalshiFillsQuery
{
    public int? Limit { get; init; }
    public string? Ticker { get; init; }
    public string? OrderId { get; init; }
    public long? MinTs { get; init; }
    public long? MaxTs { get; init; }
}

public sealed record KalshiPositionsQuery
{
    public int? Limit { get; init; }
    public string? Ticker { get; init; }
    public string? EventTicker { get; init; }
    /// <summary>"position" or "total_traded": only rows where that is non-zero.</summary>
    public string? CountFilter { get; init; }
}
