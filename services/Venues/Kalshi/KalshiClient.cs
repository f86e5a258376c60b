using Ito.Venues.Kalshi.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ito.Venues.Kalshi;

/// <summary>
/// Typed client for the Kalshi Trade API v2. The HttpClient's base address is the API root including
/// <c>/trade-api/v2/</c> (or the simulator's <c>/kalshi/trade-api/v2/</c>); authentication is added by
/// <see cref="KalshiAuthHandler"/> and resilience by the pipeline registered in <c>AddKalshiClient</c>.
/// Split by feature: market data here, portfolio and orders in KalshiClient.Portfolio.cs.
/// </summary>
public sealed partial class KalshiClient
{
    public const string HttpClientName = "kalshi";
    public const string VenueName = "Kalshi";

    private readonly VenueTransport _transport;
    private readonly ILogger<KalshiClient> _logger;
    private readonly int _maxOrderSubmissions;

    public KalshiClient(HttpClient http, ILogger<KalshiClient>? logger = null, int maxOrderSubmissions = 2)
    {
        _transport = new VenueTransport(http, VenueName);
        _logger = logger ?? NullLogger<KalshiClient>.Instance;
        _maxOrderSubmissions = Math.Max(1, maxOrderSubmissions);
    }

    public Task<KalshiMarketsPage> GetMarketsAsync(KalshiMarketsQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("markets")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("event_ticker", query.EventTicker).Add("series_ticker", query.SeriesTicker)
            .Add("status", query.Status).Add("tickers", query.Tickers is null ? null : string.Join(',', query.Tickers))
            .Add("min_close_ts", query.MinCloseTs).Add("max_close_ts", query.MaxCloseTs).Add("min_updated_ts", query.MinUpdatedTs)
            .Add("mve_filter", query.MveFilter);
        return _transport.GetAsync<KalshiMarketsPage>(uri.ToString(), VenueAuth.None, cancellationToken);
    }

    /// <summary>Every market matching the query, following the cursor until Kalshi returns an empty one.</summary>
    public IAsyncEnumerable<KalshiMarket> GetAllMarketsAsync(KalshiMarketsQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetMarketsAsync(query, cursor, ct), page => page.Markets, page => page.Cursor, cancellationToken);

    public async Task<KalshiMarket?> GetMarketAsync(string ticker, CancellationToken cancellationToken = default) =>
        (await _transport.FindAsync<KalshiMarketResponse>("markets/" + Uri.EscapeDataString(ticker), VenueAuth.None, cancellationToken).ConfigureAwait(false))?.Market;

    public Task<KalshiEventsPage> GetEventsAsync(KalshiEventsQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("events")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("status", query.Status).Add("series_ticker", query.SeriesTicker)
            .Add("with_nested_markets", query.WithNestedMarkets).Add("min_close_ts", query.MinCloseTs).Add("min_updated_ts", query.MinUpdatedTs);
        return _transport.GetAsync<KalshiEventsPage>(uri.ToString(), VenueAuth.None, cancellationToken);
    }

    public IAsyncEnumerable<KalshiEvent> GetAllEventsAsync(KalshiEventsQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetEventsAsync(query, cursor, ct), page => page.Events, page => page.Cursor, cancellationToken);

    public Task<KalshiEventResponse?> GetEventAsync(string eventTicker, bool withNestedMarkets = true, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<KalshiEventResponse>(
            new QueryString("events/" + Uri.EscapeDataString(eventTicker)).Add("with_nested_markets", withNestedMarkets).ToString(), VenueAuth.None, cancellationToken);

    public async Task<KalshiSeries?> GetSeriesAsync(string seriesTicker, CancellationToken cancellationToken = default) =>
        (await _transport.FindAsync<KalshiSeriesResponse>("series/" + Uri.EscapeDataString(seriesTicker), VenueAuth.None, cancellationToken).ConfigureAwait(false))?.Series;

    public async Task<IReadOnlyList<KalshiSeries>> GetSeriesListAsync(string? category = null, CancellationToken cancellationToken = default) =>
        (await _transport.GetAsync<KalshiSeriesListResponse>(new QueryString("series").Add("category", category).ToString(), VenueAuth.None, cancellationToken).ConfigureAwait(false)).Series;

    /// <summary>The book (bids only, best LAST). Signed when credentials exist: the docs disagree on whether it needs auth.</summary>
    public async Task<KalshiOrderbook> GetOrderbookAsync(string ticker, int? depth = null, CancellationToken cancellationToken = default) =>
        (await _transport.GetAsync<KalshiOrderbookResponse>(
            new QueryString($"markets/{Uri.EscapeDataString(ticker)}/orderbook").Add("depth", depth).ToString(), VenueAuth.IfAvailable, cancellationToken).ConfigureAwait(false)).Orderbook;

    /// <summary>Up to 100 books in one request (<c>GET /markets/orderbooks</c>, authenticated).</summary>
    public async Task<IReadOnlyList<KalshiMarketOrderbook>> GetOrderbooksAsync(IEnumerable<string> tickers, CancellationToken cancellationToken = default) =>
        (await _transport.GetAsync<KalshiMarketOrderbooksResponse>(
            new QueryString("markets/orderbooks").AddEach("tickers", tickers).ToString(), VenueAuth.Required, cancellationToken).ConfigureAwait(false)).Orderbooks;

    /// <summary>Candles for one market; <paramref name="periodMinutes"/> is 1, 60 or 1440.</summary>
    public async Task<IReadOnlyList<KalshiCandlestick>> GetCandlesticksAsync(string seriesTicker, string ticker, DateTimeOffset start, DateTimeOffset end,
        int periodMinutes, bool? includeLatestBeforeStart = null, CancellationToken cancellationToken = default)
    {
        var uri = new QueryString($"series/{Uri.EscapeDataString(seriesTicker)}/markets/{Uri.EscapeDataString(ticker)}/candlesticks")
            .Add("start_ts", start.ToUnixTimeSeconds()).Add("end_ts", end.ToUnixTimeSeconds()).Add("period_interval", periodMinutes)
            .Add("include_latest_before_start", includeLatestBeforeStart);
        return (await _transport.GetAsync<KalshiCandlesticksResponse>(uri.ToString(), VenueAuth.None, cancellationToken).ConfigureAwait(false)).Candlesticks;
    }

    /// <summary>Candles for up to 100 markets in one request (<c>GET /markets/candlesticks</c>).</summary>
    public async Task<IReadOnlyList<KalshiMarketCandlesticks>> GetCandlesticksAsync(IEnumerable<string> tickers, DateTimeOffset start, DateTimeOffset end,
        int periodMinutes, bool? includeLatestBeforeStart = null, CancellationToken cancellationToken = default)
    {
        var uri = new QueryString("markets/candlesticks")
            .Add("market_tickers", string.Join(',', tickers)).Add("start_ts", start.ToUnixTimeSeconds()).Add("end_ts", end.ToUnixTimeSeconds())
            .Add("period_interval", periodMinutes).Add("include_latest_before_start", includeLatestBeforeStart);
        return (await _transport.GetAsync<KalshiBatchCandlesticksResponse>(uri.ToString(), VenueAuth.None, cancellationToken).ConfigureAwait(false)).Markets;
    }

    public Task<KalshiTradesPage> GetTradesAsync(KalshiTradesQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("markets/trades")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("ticker", query.Ticker).Add("min_ts", query.MinTs).Add("max_ts", query.MaxTs);
        return _transport.GetAsync<KalshiTradesPage>(uri.ToString(), VenueAuth.None, cancellationToken);
    }

    public IAsyncEnumerable<KalshiTrade> GetAllTradesAsync(KalshiTradesQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetTradesAsync(query, cursor, ct), page => page.Trades, page => page.Cursor, cancellationToken);
}
