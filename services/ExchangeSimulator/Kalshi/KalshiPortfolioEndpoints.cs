using System.Text.Json;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Authenticated portfolio endpoints (the caller's account is the signing API key's).</summary>
internal static class KalshiPortfolioEndpoints
{
    public static async Task<IResult> CreateOrder(HttpContext context, KalshiAccounts accounts, KalshiTrading trading)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return KalshiResults.BadRequest("request body is not valid JSON");
        }
        var request = KalshiOrderRequest.Parse(body, out var error);
        return request is null ? KalshiResults.BadRequest(error) : trading.Place(accounts.For(context), request);
    }

    public static IResult CancelOrder(string orderId, HttpContext context, KalshiAccounts accounts, KalshiTrading trading) =>
        trading.Cancel(accounts.For(context), orderId);

    /// <summary>Kalshi removed this endpoint's behaviour in June 2026; it now only points callers at V2.</summary>
    public static IResult LegacyCreateOrder() =>
        KalshiResults.Error(StatusCodes.Status400BadRequest, "deprecated_endpoint", "Please switch to the V2 endpoints");

    public static IResult Orders(HttpContext context, KalshiAccounts accounts)
    {
        var q = context.Request.Query;
        if (!KalshiQuery.Limit(q["limit"], 100, 1000, out var limit)) return KalshiResults.BadRequest("limit must be between 1 and 1000");
        if (!KalshiCursor.TryDecode(q["cursor"], out var after)) return KalshiResults.BadRequest("invalid cursor");
        var (ticker, eventTicker, status, clientOrderId) = (q["ticker"].ToString(), q["event_ticker"].ToString(), q["status"].ToString(), q["client_order_id"].ToString());
        var (minTs, maxTs) = (KalshiQuery.Long(q["min_ts"]), KalshiQuery.Long(q["max_ts"]));
        var account = accounts.For(context);
        lock (account.Gate)
        {
            var indexed = account.Orders.Select((o, i) => (Order: o, Index: (long)i)).ToList();
            var (page, next) = KalshiCursor.Page(indexed, e => e.Index, after, limit, e =>
                (ticker.Length == 0 || e.Order.Market.Id == ticker)
                && (eventTicker.Length == 0 || e.Order.Market.Event.Id == eventTicker)
                && (status.Length == 0 || e.Order.Status == status)
                && (clientOrderId.Length == 0 || e.Order.ClientOrderId == clientOrderId)
                && (minTs is null || e.Order.Created.ToUnixTimeSeconds() >= minTs)
                && (maxTs is null || e.Order.Created.ToUnixTimeSeconds() <= maxTs));
            return KalshiResults.Ok(new KalshiObject { ["orders"] = page.Select(e => Order(e.Order, account)).ToList(), ["cursor"] = next });
        }
    }

    public static IResult GetOrder(string orderId, HttpContext context, KalshiAccounts accounts)
    {
        var account = accounts.For(context);
        lock (account.Gate)
        {
            return account.Orders.FirstOrDefault(o => o.OrderId == orderId) is { } order
                ? KalshiResults.Ok(new KalshiObject { ["order"] = Order(order, account) })
                : KalshiResults.NotFound("order");
        }
    }

    public static IResult Fills(HttpContext context, KalshiAccounts accounts)
    {
        var q = context.Request.Query;
        if (!KalshiQuery.Limit(q["limit"], 100, 1000, out var limit)) return KalshiResults.BadRequest("limit must be between 1 and 1000");
        if (!KalshiCursor.TryDecode(q["cursor"], out var after)) return KalshiResults.BadRequest("invalid cursor");
        var (ticker, orderId) = (q["ticker"].ToString(), q["order_id"].ToString());
        var (minTs, maxTs) = (KalshiQuery.Long(q["min_ts"]), KalshiQuery.Long(q["max_ts"]));
        var account = accounts.For(context);
        lock (account.Gate)
        {
            // Newest first, as Kalshi lists fills.
            var indexed = account.Fills.AsEnumerable().Reverse().Select((f, i) => (Fill: f, Index: (long)i)).ToList();
            var (page, next) = KalshiCursor.Page(indexed, e => e.Index, after, limit, e =>
                (ticker.Length == 0 || e.Fill.Order.Market.Id == ticker)
                && (orderId.Length == 0 || e.Fill.Order.OrderId == orderId)
                && (minTs is null || e.Fill.Time.ToUnixTimeSeconds() >= minTs)
                && (maxTs is null || e.Fill.Time.ToUnixTimeSeconds() <= maxTs));
            return KalshiResults.Ok(new KalshiObject { ["fills"] = page.Select(e => Fill(e.Fill)).ToList(), ["cursor"] = next });
        }
    }

    public static IResult Positions(HttpContext context, KalshiAccounts accounts)
    {
        var q = context.Request.Query;
        var (ticker, eventTicker) = (q["ticker"].ToString(), q["event_ticker"].ToString());
        var countFilter = q["count_filter"].ToString();
        var account = accounts.For(context);
        lock (account.Gate)
        {
            var positions = account.Positions
                .Where(p => (ticker.Length == 0 || p.Key.Id == ticker) && (eventTicker.Length == 0 || p.Key.Event.Id == eventTicker))
                .Where(p => countFilter.Contains("total_traded", StringComparison.Ordinal) ? p.Value.TotalTraded != 0 : p.Value.Position != 0 || countFilter.Length == 0)
                .ToList();
            var market = positions.Select(p => new KalshiObject
            {
                ["ticker"] = p.Key.Id,
                ["exchange_index"] = 0,
                ["total_traded_dollars"] = Dollars(p.Value.TotalTraded),
                ["position_fp"] = Count(p.Value.Position),
                ["market_exposure_dollars"] = Dollars(p.Value.Cost),
                ["realized_pnl_dollars"] = Dollars(p.Value.RealizedPnl),
                ["fees_paid_dollars"] = Dollars(p.Value.FeesPaid),
                ["last_updated_ts"] = Rfc3339(p.Value.Updated),
            }).ToList();
            var events = positions.GroupBy(p => p.Key.Event).Select(g => new KalshiObject
            {
                ["event_ticker"] = g.Key.Id,
                ["total_cost_dollars"] = Dollars(g.Sum(p => p.Value.TotalTraded)),
                ["total_cost_shares_fp"] = Count(g.Sum(p => Math.Abs(p.Value.Position))),
                ["event_exposure_dollars"] = Dollars(g.Sum(p => p.Value.Cost)),
                ["realized_pnl_dollars"] = Dollars(g.Sum(p => p.Value.RealizedPnl)),
                ["fees_paid_dollars"] = Dollars(g.Sum(p => p.Value.FeesPaid)),
            }).ToList();
            return KalshiResults.Ok(new KalshiObject { ["market_positions"] = market, ["event_positions"] = events, ["cursor"] = "" });
        }
    }

    public static IResult Balance(HttpContext context, KalshiAccounts accounts)
    {
        var account = accounts.For(context);
        lock (account.Gate)
        {
            var marked = account.Positions.Sum(p => p.Value.Position >= 0
                ? p.Value.Position * p.Key.State.LastPrice
                : -p.Value.Position * (1 - p.Key.State.LastPrice));
            return KalshiResults.Ok(new KalshiObject
            {
                ["balance"] = (long)Math.Floor(account.Cash * 100),
                ["balance_dollars"] = Dollars(account.Cash),
                ["portfolio_value"] = (long)Math.Floor(marked * 100),
                ["updated_ts"] = account.Updated.ToUnixTimeSeconds(),
            });
        }
    }

    private static KalshiObject Order(KalshiOrder o, KalshiAccount account)
    {
        var yes = o.BookSide == "bid";
        var result = new KalshiObject
        {
            ["order_id"] = o.OrderId,
            ["user_id"] = account.AccountId,
            ["ticker"] = o.Market.Id,
            ["side"] = yes ? "yes" : "no",
            ["action"] = "buy",
            ["outcome_side"] = yes ? "yes" : "no",
            ["book_side"] = o.BookSide,
            ["type"] = "limit",
            ["status"] = o.Status,
            ["yes_price_dollars"] = Dollars(o.YesPrice),
            ["no_price_dollars"] = Dollars(1 - o.YesPrice),
            ["fill_count_fp"] = Count(o.FillCount),
            ["remaining_count_fp"] = Count(o.RemainingCount),
            ["initial_count_fp"] = Count(o.InitialCount),
            ["taker_fees_dollars"] = Dollars(o.TakerFees),
            ["maker_fees_dollars"] = "0.0000",
            ["taker_fill_cost_dollars"] = Dollars(o.TakerFillCost),
            ["maker_fill_cost_dollars"] = Dollars(o.MakerFillCost),
            ["time_in_force"] = o.TimeInForce,
            ["self_trade_prevention_type"] = o.SelfTradePrevention,
            ["created_time"] = Rfc3339(o.Created),
            ["last_update_time"] = Rfc3339(o.Updated),
            ["cancel_order_on_pause"] = false,
            ["exchange_index"] = 0,
        };
        // client_order_id is echoed on every order so callers can find theirs after a timeout.
        result["client_order_id"] = o.ClientOrderId ?? "";
        return result;
    }

    private static KalshiObject Fill(KalshiFill f)
    {
        var yes = f.Order.BookSide == "bid";
        return new KalshiObject
        {
            ["fill_id"] = f.FillId,
            ["trade_id"] = f.TradeId,
            ["order_id"] = f.Order.OrderId,
            ["client_order_id"] = f.Order.ClientOrderId ?? "",
            ["ticker"] = f.Order.Market.Id,
            ["side"] = yes ? "yes" : "no",
            ["action"] = "buy",
            ["outcome_side"] = yes ? "yes" : "no",
            ["book_side"] = f.Order.BookSide,
            ["count_fp"] = Count(f.Count),
            ["yes_price_dollars"] = Dollars(f.YesPrice),
            ["no_price_dollars"] = Dollars(1 - f.YesPrice),
            ["is_taker"] = f.IsTaker,
            ["fee_cost"] = Dollars(f.Fee),
            ["created_time"] = Rfc3339(f.Time),
            ["ts"] = f.Time.ToUnixTimeSeconds(),
        };
    }
}
