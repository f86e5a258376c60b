using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Order placement and cancellation for Kalshi accounts.</summary>
internal sealed class KalshiTrading(MarketUniverse universe, OrderBooks books, TimeProvider time)
{
    public IResult Place(KalshiAccount account, KalshiOrderRequest request)
    {
        if (universe.KalshiMarket(request.Ticker) is not { } market) return KalshiResults.NotFound("market");
        if (!market.IsTradable) return KalshiResults.Error(StatusCodes.Status400BadRequest, "market_closed", "market is not open for trading");
        if (request.Count % 1 != 0) return KalshiResults.BadRequest("count must be a whole number of contracts on this market");
        if (!KalshiMapper.IsValidPrice(market, request.Price)) return KalshiResults.BadRequest($"price {request.Price} is not a valid price for this market (see price_ranges)");

        var buyingYes = request.Side == "bid";
        var worstCost = request.Count * (buyingYes ? request.Price : 1 - request.Price) + request.Count * 0.02m;
        lock (account.Gate)
        {
            if (request.ClientOrderId is not null && account.Orders.Any(o => o.ClientOrderId == request.ClientOrderId))
                return KalshiResults.Error(StatusCodes.Status409Conflict, "order_already_exists", "an order with this client_order_id already exists");
            if (worstCost > account.Cash) return KalshiResults.Error(StatusCodes.Status400BadRequest, "insufficient_balance", "insufficient balance");
        }

        var now = time.GetUtcNow();
        var order = new KalshiOrder
        {
            OrderId = Guid.NewGuid().ToString(), ClientOrderId = request.ClientOrderId, Market = market, BookSide = request.Side,
            YesPrice = request.Price, InitialCount = request.Count, TimeInForce = request.TimeInForce,
            SelfTradePrevention = request.SelfTradePrevention, Created = now, Updated = now, RemainingCount = request.Count,
        };
        var tif = request.TimeInForce switch
        {
            "fill_or_kill" => TimeInForce.FillOrKill,
            "immediate_or_cancel" => TimeInForce.ImmediateOrCancel,
            _ => TimeInForce.GoodTillCanceled,
        };
        // The account lock is not held while matching: a resting order's owner is locked from inside the book.
        var result = books.For(market).Submit(new OrderRequest(market, buyingYes ? Side.BuyYes : Side.SellYes, request.Price,
            request.Count, tif, request.PostOnly, account, order.OrderId, order));
        if (result.Outcome == MatchOutcome.RejectedPostOnly)
            return KalshiResults.Error(StatusCodes.Status400BadRequest, "post_only_cross", "post-only order would cross the book");

        var fee = KalshiAccount.TakerFee(result.Fills);
        lock (account.Gate)
        {
            var first = true;
            foreach (var fill in result.Fills)
            {
                account.ApplyFill(order, fill.YesPrice, fill.Count, isTaker: true, fee: first ? fee : 0);
                order.TakerFillCost += fill.Count * (buyingYes ? fill.YesPrice : 1 - fill.YesPrice);
                first = false;
            }
            order.TakerFees = fee;
            order.Resting = result.Resting;
            order.RemainingCount = result.Resting?.Remaining ?? 0;
            order.Status = result.Resting is not null ? "resting" : result.FilledCount == request.Count ? "executed" : "canceled";
            account.Orders.Add(order);
        }

        var filled = result.FilledCount;
        var response = new KalshiObject
        {
            ["order_id"] = order.OrderId,
            ["fill_count"] = Count(filled),
            ["remaining_count"] = Count(order.RemainingCount),
            ["ts_ms"] = now.ToUnixTimeMilliseconds(),
        };
        if (order.ClientOrderId is not null) response["client_order_id"] = order.ClientOrderId;
        if (filled > 0)
        {
            response["average_fill_price"] = Dollars(Math.Round(result.Notional / filled, 4));
            response["average_fee_paid"] = Dollars(Math.Round(fee / filled, 4));
        }
        return KalshiResults.Ok(response, StatusCodes.Status201Created);
    }

    public IResult Cancel(KalshiAccount account, string orderId)
    {
        KalshiOrder? order;
        lock (account.Gate) order = account.Orders.FirstOrDefault(o => o.OrderId == orderId);
        if (order is null) return KalshiResults.NotFound("order");
        if (order.Resting is null || !books.For(order.Market).Cancel(order.Resting))
            return KalshiResults.Error(StatusCodes.Status409Conflict, "order_not_resting", "order is not resting");
        decimal reducedBy;
        lock (account.Gate)
        {
            reducedBy = order.Resting.Remaining;
            order.RemainingCount = 0;
            order.Status = "canceled";
            order.Updated = time.GetUtcNow();
        }
        var response = new KalshiObject
        {
            ["order_id"] = order.OrderId,
            ["reduced_by"] = Count(reducedBy),
            ["ts_ms"] = time.GetUtcNow().ToUnixTimeMilliseconds(),
        };
        if (order.ClientOrderId is not null) response["client_order_id"] = order.ClientOrderId;
        return KalshiResults.Ok(response);
    }
}
