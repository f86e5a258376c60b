using Ito.Contracts;
using Ito.Trading.Orders;
using Ito.Trading.Planning;
using Ito.Venues;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Signing;

namespace Ito.Trading.Execution;

/// <summary>
/// Polymarket legs through the CLOB V2: EIP-712 signed orders posted with L2 HMAC headers. The order id is the
/// order's hash, known before sending: it is what a lost answer is reconciled by, and the signed order is stored
/// with it so that any re-send is that same order.
/// </summary>
public sealed class PolymarketLegVenue(PolymarketClobClient client, ClobOrderFactory orders, string owner, HttpClient http) : ILegVenue, IDisposable
{
    public void Dispose() => http.Dispose();

    /// <summary>The V2 SDK keeps two decimals of shares at every tick size.</summary>
    private const decimal ShareStep = 0.01m;

    public async Task<LegMarket> QuoteAsync(int legIndex, MarketId marketId, Side outcome, decimal weight, CancellationToken cancellationToken)
    {
        var (market, token) = await TokenAsync(marketId.VenueMarketId, outcome, cancellationToken);
        var book = await client.GetOrderBookAsync(token, cancellationToken);
        var tick = book.TickSize ?? market.MinimumTickSize ?? 0.01m;
        var minSize = book.MinOrderSize ?? market.MinimumOrderSize ?? ShareStep;
        // The CLOB sends asks best LAST.
        var asks = book.Asks.Reverse().ToList();
        return new LegMarket(token, new LegQuote(legIndex, marketId, outcome, weight, asks, PriceGrid.Uniform(tick), ShareStep, minSize));
    }

    public async Task<LegExecution> BuyAsync(LegOrder leg, OrderPolicy policy, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken)
    {
        var orderType = policy == OrderPolicy.AllOrNothing ? PolymarketOrderType.Fok : PolymarketOrderType.Fak;
        // The CLOB's order id is the hash of the signed order, and every signature has a fresh salt and timestamp: a
        // leg is signed once, and a re-send posts that same order (a duplicate to the CLOB if the first one landed).
        if (leg.SignedOrder is { } stored) return await PlaceAsync(StoredClobOrder.Read(stored), orderType, leg, cancellationToken);

        var book = await client.GetOrderBookAsync(leg.Instrument, cancellationToken);
        var signed = orders.CreateLimitOrder(new ClobLimitOrderRequest(leg.Instrument, PolymarketOrderSide.Buy, leg.LimitPrice!.Value,
            leg.PlannedShares, book.TickSize ?? 0.01m, book.NegRisk, orderType));
        await beforeSend(new OutgoingOrder(signed.Digest, StoredClobOrder.Write(signed)));
        return await PlaceAsync(signed, orderType, leg, cancellationToken);
    }

    public async Task<LegExecution?> FindAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        if (leg.VenueOrderId is null) return null;
        var existing = await client.GetOrderAsync(leg.VenueOrderId, cancellationToken);
        return existing is null ? null : await ExecutionOfAsync(existing.Id, leg, existing.Status == "LIVE", reconciled: true, cancellationToken);
    }

    public async Task<LegExecution> SellAsync(LegOrder leg, decimal shares, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken)
    {
        // Signed once, like a buy: a run that could not tell whether the sale landed re-sends this same order.
        if (leg.UnwindSignedOrder is { } stored) return await PlaceAsync(StoredClobOrder.Read(stored), PolymarketOrderType.Fak, leg, cancellationToken);

        var book = await client.GetOrderBookAsync(leg.Instrument, cancellationToken);
        var tick = book.TickSize ?? 0.01m;
        var signed = orders.CreateLimitOrder(new ClobLimitOrderRequest(leg.Instrument, PolymarketOrderSide.Sell, tick,
            decimal.Floor(shares / ShareStep) * ShareStep, tick, book.NegRisk, PolymarketOrderType.Fak));
        await beforeSend(new OutgoingOrder(signed.Digest, StoredClobOrder.Write(signed)));
        return await PlaceAsync(signed, PolymarketOrderType.Fak, leg, cancellationToken);
    }

    public async Task<LegExecution?> FindSaleAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        if (leg.UnwindSignedOrder is not { } stored) return null; // never signed, so never sent
        var existing = await client.GetOrderAsync(StoredClobOrder.Read(stored).Digest, cancellationToken);
        return existing is null ? null : await ExecutionOfAsync(existing.Id, leg, resting: false, reconciled: true, cancellationToken);
    }

    public async Task CancelAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        if (leg.VenueOrderId is not null) await client.CancelOrderAsync(leg.VenueOrderId, cancellationToken);
    }

    private async Task<LegExecution> PlaceAsync(PolymarketSignedOrder signed, PolymarketOrderType orderType, LegOrder leg, CancellationToken cancellationToken)
    {
        try
        {
            var placement = await client.PlaceOrderAsync(signed, owner, orderType, cancellationToken: cancellationToken);
            var resting = placement.Posted?.Status == "live" || placement.Existing?.Status == "LIVE";
            return await ExecutionOfAsync(placement.OrderId, leg, resting, placement.Reconciled, cancellationToken);
        }
        catch (VenueApiException rejected) when ((int)rejected.StatusCode is >= 400 and < 500 and not 429)
        {
            // A FOK that cannot fill, a bad tick or size: the CLOB answers 400 and the order does not exist. A re-sent
            // order is refused the same way as a duplicate when an earlier send did land, so the hash decides.
            if (await client.GetOrderAsync(signed.Digest, cancellationToken) is { } landed)
                return await ExecutionOfAsync(landed.Id, leg, landed.Status == "LIVE", reconciled: true, cancellationToken);
            return new LegExecution(signed.Digest, 0, 0, 0, false, "Polymarket refused the order: " + rejected.Body, false);
        }
    }

    private async Task<LegExecution> ExecutionOfAsync(string orderId, LegOrder leg, bool resting, bool reconciled, CancellationToken cancellationToken)
    {
        decimal shares = 0, cost = 0, fees = 0;
        await foreach (var trade in client.GetAllTradesAsync(assetId: leg.Instrument, cancellationToken: cancellationToken))
        {
            if (!string.Equals(trade.TakerOrderId, orderId, StringComparison.OrdinalIgnoreCase)) continue;
            var size = trade.Size ?? 0;
            var price = trade.Price ?? 0;
            shares += size;
            cost += size * price;
            fees += size * (trade.FeeRateBps ?? 0) / 10_000m * price * (1 - price);
        }

        return new LegExecution(orderId, shares, cost, Math.Round(fees, 6), resting, shares > 0 || resting ? null : "no fill within the limit price", reconciled);
    }

    private async Task<(ClobMarket Market, string Token)> TokenAsync(string conditionId, Side outcome, CancellationToken cancellationToken)
    {
        var market = await client.GetMarketAsync(conditionId, cancellationToken) ?? throw new VenueUnavailableException($"Polymarket has no market {conditionId}.");
        var wanted = outcome == Side.Yes ? "yes" : "no";
        var token = market.Tokens.FirstOrDefault(t => string.Equals(t.Outcome, wanted, StringComparison.OrdinalIgnoreCase))
            ?? (market.Tokens.Count == 2 ? market.Tokens[outcome == Side.Yes ? 0 : 1] : null)
            ?? throw new VenueUnavailableException($"Polymarket market {conditionId} has no {wanted} token.");
        return (market, token.TokenId);
    }
}
