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

    /// <summary>Public trades of a market (by condition id), newest first.</summary>
    public Task<IReadOnlyList<DataTrade>> GetTradesAsync(string? market = null, string? user = null, int? limit = null, int? offset = null,
        CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<DataTrade>>(new QueryString("trades").Add("market", market).Add("user", user)
            .Add("limit", limit).Add("offset", offset).ToString(), VenueAuth.None, cancellationToken);
}
