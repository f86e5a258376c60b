namespace Ito.Venues.Polymarket.Data;

/// <summary>Typed client for the public Polymarket Data API: positions of a wallet and public trades.</summary>
public sealed class PolymarketDataClient(HttpClient http)
{
    public const string HttpClientName = "polymarket-data";
    public const string VenueName = "Polymarket Data";

    private readonly VenueTransport _transport = new(http, VenueName);

    /// <summary>Positions held by <paramref name="user"/> (the funder/proxy address that holds the tokens).</summary>
    public Task<IReadOnlyList<DataPosition>> GetPositionsAsync(string user, string? market = null, int? limit = null, int? offset = null,
        CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<DataPosition>>(new QueryString("positions").Add("user", user).Add("market", market)
            .Add("limit", limit).Add("offset", offset).ToString(), VenueAuth.None, cancellationToken);

    /// <summary>Public trades of a market (by condition id) or of a wallet, newest first.</summary>
    public Task<IReadOnlyList<DataTrade>> GetTradesAsync(string? market = null, string? user = null, int? limit = null, int? offset = null,
        CancellationToken cancellationToken = default) =>
        GetTradesAsync(new DataTradesQuery { ConditionIds = market is null ? null : [market], User = user, Limit = limit, Offset = offset }, cancellationToken);

    /// <summary>Public trades matching <paramref name="query"/>, newest first (offset paging).</summary>
    public Task<IReadOnlyList<DataTrade>> GetTradesAsync(DataTradesQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = new QueryString("trades")
            .Add("market", Join(query.ConditionIds)).Add("eventId", Join(query.EventIds?.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Add("user", query.User).Add("side", query.Side).Add("takerOnly", query.TakerOnly)
            .Add("filterType", query.FilterType).Add("filterAmount", query.FilterAmount)
            .Add("limit", query.Limit).Add("offset", query.Offset);
        return _transport.GetAsync<IReadOnlyList<DataTrade>>(uri.ToString(), VenueAuth.None, cancellationToken);
    }

    /// <summary>The Data API takes lists comma-separated in one parameter.</summary>
    private static string? Join(IEnumerable<string>? values) => values is null ? null : string.Join(',', values);
}
