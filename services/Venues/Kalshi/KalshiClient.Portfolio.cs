using System.Net;
using Ito.Venues.Kalshi.Models;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ito.Venues.Kalshi;

public sealed partial class KalshiClient
{
    /// <summary>
    /// Places an order (V2 <c>POST /portfolio/events/orders</c>) exactly once. If the outcome is unknown (timeout,
    /// transport error, 5xx, or a 409 duplicate) the order is first looked up by its client order id; it is
    /// re-submitted only when Kalshi has no such order. Any other rejection (4xx) is thrown as is.
    /// </summary>
    public async Task<KalshiOrderPlacement> PlaceOrderAsync(KalshiCreateOrderRequest order, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(order.ClientOrderId);
        var body = VenueTransport.Serialize(order);
        for (var submission = 1; ; submission++)
        {
            try
            {
                var created = await _transport.SendAsync<KalshiCreateOrderResponse>(HttpMethod.Post, "portfolio/events/orders", body,
                    VenueAuth.Required, VenueRequestKind.Write, cancellationToken).ConfigureAwait(false)
                    ?? throw new VenueApiException(VenueName, HttpStatusCode.OK, "empty create-order response");
                return new KalshiOrderPlacement(created.OrderId, order.ClientOrderId, Reconciled: false, created, Existing: null);
            }
            catch (Exception e) when (OrderOutcomeUnknown(e, cancellationToken))
            {
                LogOrderOutcomeUnknown(_logger, order.ClientOrderId, submission, e.GetType().Name);
                var existing = await FindOrderByClientOrderIdAsync(order.ClientOrderId, order.Ticker, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    return new KalshiOrderPlacement(existing.OrderId, order.ClientOrderId, Reconciled: true, Created: null, existing);
                }

                if (submission >= _maxOrderSubmissions)
                {
                    throw;
                }
            }
        }
    }

    public Task<KalshiCancelOrderResponse?> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<KalshiCancelOrderResponse>(HttpMethod.Delete, "portfolio/events/orders/" + Uri.EscapeDataString(orderId), body: null,
            VenueAuth.Required, VenueRequestKind.Write, cancellationToken);

    public Task<KalshiOrdersPage> GetOrdersAsync(KalshiOrdersQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("portfolio/orders")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("ticker", query.Ticker).Add("event_ticker", query.EventTicker)
            .Add("status", query.Status).Add("min_ts", query.MinTs).Add("max_ts", query.MaxTs);
        return _transport.GetAsync<KalshiOrdersPage>(uri.ToString(), VenueAuth.Required, cancellationToken);
    }

    public IAsyncEnumerable<KalshiOrder> GetAllOrdersAsync(KalshiOrdersQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetOrdersAsync(query, cursor, ct), page => page.Orders, page => page.Cursor, cancellationToken);

    /// <summary>Kalshi has no lookup by client order id: list the account's orders (narrowed by ticker) and filter.</summary>
    public async Task<KalshiOrder?> FindOrderByClientOrderIdAsync(string clientOrderId, string? ticker = null, CancellationToken cancellationToken = default)
    {
        await foreach (var order in GetAllOrdersAsync(new KalshiOrdersQuery { Ticker = ticker, Limit = 1000 }, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(order.ClientOrderId, clientOrderId, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return null;
    }

    public Task<KalshiFillsPage> GetFillsAsync(KalshiFillsQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("portfolio/fills")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("ticker", query.Ticker).Add("order_id", query.OrderId)
            .Add("min_ts", query.MinTs).Add("max_ts", query.MaxTs);
        return _transport.GetAsync<KalshiFillsPage>(uri.ToString(), VenueAuth.Required, cancellationToken);
    }

    public IAsyncEnumerable<KalshiFill> GetAllFillsAsync(KalshiFillsQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetFillsAsync(query, cursor, ct), page => page.Fills, page => page.Cursor, cancellationToken);

    public Task<KalshiPositionsPage> GetPositionsAsync(KalshiPositionsQuery? query = null, string? cursor = null, CancellationToken cancellationToken = default)
    {
        query ??= new();
        var uri = new QueryString("portfolio/positions")
            .Add("limit", query.Limit).Add("cursor", cursor).Add("ticker", query.Ticker).Add("event_ticker", query.EventTicker)
            .Add("count_filter", query.CountFilter);
        return _transport.GetAsync<KalshiPositionsPage>(uri.ToString(), VenueAuth.Required, cancellationToken);
    }

    public IAsyncEnumerable<KalshiMarketPosition> GetAllMarketPositionsAsync(KalshiPositionsQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetPositionsAsync(query, cursor, ct), page => page.MarketPositions, page => page.Cursor, cancellationToken);

    public Task<KalshiBalance> GetBalanceAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync<KalshiBalance>("portfolio/balance", VenueAuth.Required, cancellationToken);

    /// <summary>Did the request possibly reach Kalshi without us learning the answer? Then the order may exist.</summary>
    internal static bool OrderOutcomeUnknown(Exception e, CancellationToken callerToken) => e switch
    {
        _ when callerToken.IsCancellationRequested => false,
        BrokenCircuitException => false, // never sent
        TimeoutRejectedException or HttpRequestException or TaskCanceledException => true,
        // 409: Kalshi already holds this client order id, i.e. an earlier attempt landed.
        VenueApiException api => (int)api.StatusCode >= 500 || api.StatusCode == HttpStatusCode.Conflict,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kalshi order {ClientOrderId} (submission {Submission}) ended in {Failure}; looking it up before any re-submission")]
    private static partial void LogOrderOutcomeUnknown(ILogger logger, string clientOrderId, int submission, string failure);
}
