using System.Net;
using System.Text.Json;
using Ito.Venues.Signing;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ito.Venues.Polymarket.Clob;

public sealed partial class PolymarketClobClient
{
    /// <summary>
    /// Posts a signed order (<c>POST /order</c>) exactly once. The CLOB's order id IS the EIP-712 digest, known before
    /// sending, so when the answer is lost (timeout, transport error, 5xx) the order is looked up by that id and
    /// re-submitted only if the CLOB does not have it.
    /// </summary>
    public async Task<ClobOrderPlacement> PlaceOrderAsync(PolymarketSignedOrder order, string owner, PolymarketOrderType orderType,
        bool postOnly = false, CancellationToken cancellationToken = default)
    {
        var body = PolymarketOrderWire.ToJson(order, owner, orderType, postOnly);
        for (var submission = 1; ; submission++)
        {
            try
            {
                var posted = await _transport.SendAsync<ClobPostOrderResponse>(HttpMethod.Post, "order", body, VenueAuth.Required, VenueRequestKind.Write, cancellationToken).ConfigureAwait(false)
                    ?? throw new VenueApiException(VenueName, HttpStatusCode.OK, "empty order response");
                return new ClobOrderPlacement(posted.OrderId ?? order.Digest, Reconciled: false, posted, Existing: null);
            }
            catch (Exception e) when (OrderOutcomeUnknown(e, cancellationToken))
            {
                LogOrderOutcomeUnknown(_logger, order.Digest, submission, e.GetType().Name);
                var existing = await GetOrderAsync(order.Digest, cancellationToken).ConfigureAwait(false);
                if (existing is not null)
                {
                    return new ClobOrderPlacement(existing.Id, Reconciled: true, Posted: null, existing);
                }

                if (submission >= _maxOrderSubmissions)
                {
                    throw;
                }
            }
        }
    }

    public Task<ClobCancelResponse?> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<ClobCancelResponse>(HttpMethod.Delete, "order", JsonSerializer.Serialize(new Dictionary<string, string> { ["orderID"] = orderId }),
            VenueAuth.Required, VenueRequestKind.Write, cancellationToken);

    /// <summary>One order by id (its EIP-712 hash), or null when the CLOB does not know it.</summary>
    public async Task<ClobOpenOrder?> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var order = await _transport.FindAsync<ClobOpenOrder>("data/order/" + Uri.EscapeDataString(orderId), VenueAuth.Required, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(order?.Id) ? null : order;
    }

    public Task<ClobPage<ClobOpenOrder>> GetOpenOrdersAsync(string? market = null, string? assetId = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ClobPage<ClobOpenOrder>>(new QueryString("data/orders").Add("market", market).Add("asset_id", assetId)
            .Add("next_cursor", cursor ?? ClobPage<ClobOpenOrder>.FirstCursor).ToString(), VenueAuth.Required, cancellationToken);

    public IAsyncEnumerable<ClobOpenOrder> GetAllOpenOrdersAsync(string? market = null, string? assetId = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetOpenOrdersAsync(market, assetId, cursor, ct), page => page.Data, page => page.Next, cancellationToken);

    /// <summary>The account's trades (fills), <c>GET /data/trades</c>.</summary>
    public Task<ClobPage<ClobTrade>> GetTradesAsync(string? market = null, string? assetId = null, DateTimeOffset? after = null, string? cursor = null,
        CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ClobPage<ClobTrade>>(new QueryString("data/trades").Add("market", market).Add("asset_id", assetId)
            .Add("after", after?.ToUnixTimeSeconds()).Add("next_cursor", cursor ?? ClobPage<ClobTrade>.FirstCursor).ToString(), VenueAuth.Required, cancellationToken);

    public IAsyncEnumerable<ClobTrade> GetAllTradesAsync(string? market = null, string? assetId = null, DateTimeOffset? after = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetTradesAsync(market, assetId, after, cursor, ct), page => page.Data, page => page.Next, cancellationToken);

    /// <summary>pUSD (<c>COLLATERAL</c>) or outcome-token (<c>CONDITIONAL</c> + token id) balance and allowances.</summary>
    public Task<ClobBalanceAllowance> GetBalanceAllowanceAsync(PolymarketSignatureType signatureType, string assetType = "COLLATERAL", string? tokenId = null,
        CancellationToken cancellationToken = default) =>
        _transport.GetAsync<ClobBalanceAllowance>(new QueryString("balance-allowance").Add("asset_type", assetType).Add("token_id", tokenId)
            .Add("signature_type", (long)signatureType).ToString(), VenueAuth.Required, cancellationToken);

    /// <summary>Creates L2 credentials with an L1 (wallet) signature.</summary>
    public Task<ClobApiCredentials?> CreateApiKeyAsync(long nonce = 0, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<ClobApiCredentials>(HttpMethod.Post, "auth/api-key", body: null, VenueAuth.Required, VenueRequestKind.Write, cancellationToken, L1(nonce));

    /// <summary>Recovers existing L2 credentials with an L1 (wallet) signature.</summary>
    public Task<ClobApiCredentials?> DeriveApiKeyAsync(long nonce = 0, CancellationToken cancellationToken = default) =>
        _transport.SendAsync<ClobApiCredentials>(HttpMethod.Get, "auth/derive-api-key", body: null, VenueAuth.Required, VenueRequestKind.Read, cancellationToken, L1(nonce));

    private static Action<HttpRequestMessage> L1(long nonce) => request =>
    {
        request.Options.Set(PolymarketAuthHandler.Level, ClobAuthLevel.L1);
        request.Headers.TryAddWithoutValidation(PolymarketL1Headers.NonceHeader, nonce.ToString(System.Globalization.CultureInfo.InvariantCulture));
    };

    internal static bool OrderOutcomeUnknown(Exception e, CancellationToken callerToken) => e switch
    {
        _ when callerToken.IsCancellationRequested => false,
        BrokenCircuitException => false, // never sent
        TimeoutRejectedException or HttpRequestException or TaskCanceledException => true,
        VenueApiException api => (int)api.StatusCode >= 500,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polymarket order {OrderId} (submission {Submission}) ended in {Failure}; looking it up before any re-submission")]
    private static partial void LogOrderOutcomeUnknown(ILogger logger, string orderId, int submission, string failure);
}
