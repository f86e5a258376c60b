using System.Globalization;
using System.Text.Json;
using Ito.Venues.Signing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>
/// Typed client for the Polymarket CLOB (V2): public book, markets and price history here; orders and account in
/// PolymarketClobClient.Trading.cs. L1/L2 headers are added by <see cref="PolymarketAuthHandler"/>.
/// </summary>
public sealed partial class PolymarketClobClient
{
    public const string HttpClientName = "polymarket-clob";
    public const string VenueName = "Polymarket CLOB";

    private readonly VenueTransport _transport;
    private readonly ILogger<PolymarketClobClient> _logger;
    private readonly int _maxOrderSubmissions;

    public PolymarketClobClient(HttpClient http, ILogger<PolymarketClobClient>? logger = null, int maxOrderSubmissions = 2)
    {
        _transport = new VenueTransport(http, VenueName);
        _logger = logger ?? NullLogger<PolymarketClobClient>.Instance;
        _maxOrderSubmissions = Math.Max(1, maxOrderSubmissions);
    }

    public Task<ClobOrderBook> GetOrderBookAsync(string tokenId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ClobOrderBook>(new QueryString("book").Add("token_id", tokenId).ToString(), VenueAuth.None, cancellationToken);

    /// <summary>Several books in one request (<c>POST /books</c>); a read despite the POST, so it may be retried.</summary>
    public async Task<IReadOnlyList<ClobOrderBook>> GetOrderBooksAsync(IEnumerable<string> tokenIds, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(tokenIds.Select(id => new Dictionary<string, string> { ["token_id"] = id }));
        return await _transport.SendAsync<IReadOnlyList<ClobOrderBook>>(HttpMethod.Post, "books", body, VenueAuth.None, VenueRequestKind.Read, cancellationToken).ConfigureAwait(false) ?? [];
    }

    public Task<ClobMarket?> GetMarketAsync(string conditionId, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<ClobMarket>("markets/" + Uri.EscapeDataString(conditionId), VenueAuth.None, cancellationToken);

    /// <summary>The compact trading parameters of a market (tokens, tick, minimum size, neg risk, fees).</summary>
    public Task<ClobMarketInfo?> GetMarketInfoAsync(string conditionId, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<ClobMarketInfo>("clob-markets/" + Uri.EscapeDataString(conditionId), VenueAuth.None, cancellationToken);

    /// <summary>Price history of one outcome TOKEN (the CLOB calls the parameter "market", but it takes a token id).</summary>
    public Task<ClobPriceHistory> GetPriceHistoryAsync(string tokenId, ClobPriceHistoryQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Interval is not null && (query.Start is not null || query.End is not null))
        {
            throw new ArgumentException("Give either an interval or a start/end window, not both.", nameof(query));
        }

        var uri = new QueryString("prices-history").Add("market", tokenId)
            .Add("startTs", query.Start?.ToUnixTimeSeconds()).Add("endTs", query.End?.ToUnixTimeSeconds())
            .Add("interval", query.Interval).Add("fidelity", query.FidelityMinutes);
        return _transport.GetAsync<ClobPriceHistory>(uri.ToString(), VenueAuth.None, cancellationToken);
    }

    public async Task<DateTimeOffset> GetServerTimeAsync(CancellationToken cancellationToken = default) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse((await _transport.GetAsync<JsonElement>("time", VenueAuth.None, cancellationToken).ConfigureAwait(false)).ToString(), CultureInfo.InvariantCulture));
}
