using Ito.Contracts;
using Ito.Trading.Orders;
using Ito.Trading.Planning;
using Ito.Venues;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Signing;

namespace Ito.Trading.Execution;

/// <summary>Kalshi legs through <see cref="KalshiClient"/> (V2 orders, RSA-PSS signed by the account's key).</summary>
public sealed class KalshiLegVenue(KalshiClient client, decimal countStep, HttpClient http, KalshiRequestSigner signer) : ILegVenue, IDisposable
{
    public void Dispose()
    {
        http.Dispose();
        signer.Dispose();
    }

    public async Task<LegMarket> QuoteAsync(int legIndex, MarketId marketId, Side outcome, decimal weight, CancellationToken cancellationToken)
    {
        var ticker = marketId.VenueMarketId;
        var market = await client.GetMarketAsync(ticker, cancellationToken) ?? throw new VenueUnavailableException($"Kalshi has no market {ticker}.");
        var book = await client.GetOrderbookAsync(ticker, cancellationToken: cancellationToken);
        var quote = new LegQuote(legIndex, marketId, outcome, weight, KalshiOutcomeBook.AsksFor(book, outcome),
            KalshiOutcomeBook.GridFor(market.PriceRanges, outcome), countStep, countStep);
        return new LegMarket(ticker, quote);
    }

    public async Task<LegExecution> BuyAsync(LegOrder leg, OrderPolicy policy, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken)
    {
        // Kalshi knows the order by its client order id, the same on every send: nothing to store first.
        await beforeSend(new OutgoingOrder(null, null));
        var (bookSide, yesPrice) = KalshiOutcomeBook.OrderFor(leg.Outcome, buying: true, leg.LimitPrice!.Value);
        KalshiOrderPlacement placement;
        try
        {
            placement = await client.PlaceOrderAsync(new KalshiCreateOrderRequest
            {
                Ticker = leg.Instrument,
                ClientOrderId = leg.ClientOrderId,
                Side = bookSide,
                Count = leg.PlannedShares,
                Price = yesPrice,
                // All-or-nothing wants the leg whole or not at all; best-effort takes what the slippage bound allows.
                TimeInForce = policy == OrderPolicy.AllOrNothing ? KalshiTimeInForce.FillOrKill : KalshiTimeInForce.ImmediateOrCancel,
            }, cancellationToken);
        }
        catch (VenueApiException rejected) when ((int)rejected.StatusCode is >= 400 and < 500 and not 429 and not 409)
        {
            // Refused outright (balance, price, closed market): the order does not exist and retrying cannot help.
            return new LegExecution(null, 0, 0, 0, false, "Kalshi refused the order: " + rejected.Body, false);
        }

        // IOC and FOK never rest; only a reconciled order could still show as resting.
        var resting = placement.Existing?.Status == "resting";
        return await ExecutionOfAsync(placement.OrderId, leg, resting, placement.Reconciled, cancellationToken);
    }

    public async Task<LegExecution?> FindAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        var existing = await client.FindOrderByClientOrderIdAsync(leg.ClientOrderId, leg.Instrument, cancellationToken);
        return existing is null ? null : await ExecutionOfAsync(existing.OrderId, leg, existing.Status == "resting", reconciled: true, cancellationToken);
    }

    /// <summary>The client order id alone finds a sale again, so there is nothing to store before sending.</summary>
    public async Task<LegExecution> SellAsync(LegOrder leg, decimal shares, Func<OutgoingOrder, Task> beforeSend, CancellationToken cancellationToken)
    {
        // Cross the whole book (lowest valid outcome price): an unwind takes whatever bids there are, now.
        var (bookSide, yesPrice) = KalshiOutcomeBook.OrderFor(leg.Outcome, buying: false, 0.01m);
        var placement = await client.PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = leg.Instrument,
            ClientOrderId = leg.UnwindClientOrderId,
            Side = bookSide,
            Count = shares,
            Price = yesPrice,
            TimeInForce = KalshiTimeInForce.ImmediateOrCancel,
        }, cancellationToken);
        return await ExecutionOfAsync(placement.OrderId, leg, resting: false, placement.Reconciled, cancellationToken);
    }

    public async Task<LegExecution?> FindSaleAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        var existing = await client.FindOrderByClientOrderIdAsync(leg.UnwindClientOrderId, leg.Instrument, cancellationToken);
        return existing is null ? null : await ExecutionOfAsync(existing.OrderId, leg, resting: false, reconciled: true, cancellationToken);
    }

    public async Task CancelAsync(LegOrder leg, CancellationToken cancellationToken)
    {
        if (leg.VenueOrderId is not null) await client.CancelOrderAsync(leg.VenueOrderId, cancellationToken);
    }

    /// <summary>Fills are read back from the venue (count, the outcome's own price, fee) rather than trusted from one answer.</summary>
    private async Task<LegExecution> ExecutionOfAsync(string orderId, LegOrder leg, bool resting, bool reconciled, CancellationToken cancellationToken)
    {
        decimal shares = 0, cost = 0, fees = 0;
        await foreach (var fill in client.GetAllFillsAsync(new KalshiFillsQuery { OrderId = orderId, Ticker = leg.Instrument, Limit = 200 }, cancellationToken))
        {
            if (fill.OrderId != orderId) continue;
            var count = fill.CountFp ?? 0;
            var price = leg.Outcome == Side.Yes ? fill.YesPriceDollars ?? 0 : fill.NoPriceDollars ?? 1 - (fill.YesPriceDollars ?? 0);
            shares += count;
            cost += count * price;
            fees += fill.FeeCost ?? 0;
        }

        return new LegExecution(orderId, shares, cost, fees, resting, shares > 0 || resting ? null : "no fill within the limit price", reconciled);
    }
}
