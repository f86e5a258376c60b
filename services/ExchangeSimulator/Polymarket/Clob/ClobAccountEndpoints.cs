using System.Text.Json;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>L2 endpoints: orders, trades, balances of the API key's wallet.</summary>
internal static class ClobAccountEndpoints
{
    /// <summary>CLOB list pages use "MA==" for the first page and "LTE=" for "no more".</summary>
    private const string EndCursor = "LTE=";
    private const string MaxAllowance = "115792089237316195423570985008687907853269984665640564039457584007913129639935";

    public static IResult PostOrder(HttpContext context, ClobTrading trading) =>
        trading.Place(Key(context), (string)context.Items[PolymarketL2Filter.BodyItem]!);

    public static IResult CancelOrder(HttpContext context, ClobTrading trading)
    {
        try
        {
            using var doc = JsonDocument.Parse((string)context.Items[PolymarketL2Filter.BodyItem]!);
            if (doc.RootElement.TryGetProperty("orderID", out var id) && id.ValueKind == JsonValueKind.String)
                return trading.Cancel(Key(context), [id.GetString()!]);
        }
        catch (JsonException)
        {
            // Falls through to the venue's payload error.
        }
        return PolyResults.BadRequest("Invalid order payload");
    }

    public static IResult Orders(HttpContext context, PolymarketAccounts accounts)
    {
        var q = context.Request.Query;
        var (id, market, asset) = (q["id"].ToString(), q["market"].ToString(), q["asset_id"].ToString());
        var key = Key(context);
        var open = new List<Dictionary<string, object?>>();
        foreach (var account in accounts.Of(key))
        {
            lock (account.Gate)
            {
                open.AddRange(account.Orders.Where(o => o.Status == "LIVE" && PolymarketAccounts.PlacedBy(key, account, o)
                    && (id.Length == 0 || string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase))
                    && (market.Length == 0 || string.Equals(o.Market.ConditionId, market, StringComparison.OrdinalIgnoreCase))
                    && (asset.Length == 0 || o.TokenId == asset))
                    .Select(OpenOrder));
            }
        }
        return Page(open);
    }

    public static IResult GetOrder(string orderId, HttpContext context, PolymarketAccounts accounts)
    {
        var key = Key(context);
        foreach (var account in accounts.Of(key))
        {
            lock (account.Gate)
            {
                if (account.Orders.FirstOrDefault(o => string.Equals(o.Id, orderId, StringComparison.OrdinalIgnoreCase)
                    && PolymarketAccounts.PlacedBy(key, account, o)) is { } order)
                    return Results.Json(OpenOrder(order));
            }
        }
        return PolyResults.NotFound("order not found");
    }

    public static IResult PostOrders(HttpContext context, ClobTrading trading) =>
        trading.PlaceBatch(Key(context), (string)context.Items[PolymarketL2Filter.BodyItem]!);

    public static IResult CancelOrders(HttpContext context, ClobTrading trading)
    {
        try
        {
            using var doc = JsonDocument.Parse((string)context.Items[PolymarketL2Filter.BodyItem]!);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                return trading.Cancel(Key(context), doc.RootElement.EnumerateArray().Select(e => e.GetString() ?? "").Take(1000).ToList());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Falls through to the venue's payload error.
        }
        return PolyResults.BadRequest("Invalid order payload");
    }

    public static IResult CancelAll(HttpContext context, ClobTrading trading) => trading.CancelAll(Key(context));

    private static Dictionary<string, object?> OpenOrder(PolyOrder o) => new()
    {
        ["id"] = o.Id,
        ["status"] = o.Status,
        ["owner"] = o.Owner,
        ["maker_address"] = o.MakerAddress,
        ["market"] = o.Market.ConditionId,
        ["asset_id"] = o.TokenId,
        ["side"] = o.Side,
        ["original_size"] = Trim(o.OriginalSize),
        ["size_matched"] = Trim(o.SizeMatched),
        ["price"] = Trim(o.Price),
        ["outcome"] = o.IsYesToken ? "Yes" : "No",
        ["expiration"] = o.Expiration,
        ["order_type"] = o.OrderType,
        ["associate_trades"] = o.TradeIds.ToArray(),
        ["created_at"] = o.Created.ToUnixTimeSeconds(),
    };

    public static IResult Trades(HttpContext context, PolymarketAccounts accounts)
    {
        var q = context.Request.Query;
        var (id, market, asset) = (q["id"].ToString(), q["market"].ToString(), q["asset_id"].ToString());
        var key = Key(context);
        var trades = new List<Dictionary<string, object?>>();
        foreach (var account in accounts.Of(key))
        {
            lock (account.Gate)
            {
                trades.AddRange(TradesOf(key, account, id, market, asset));
            }
        }
        return Page(trades);
    }

    private static IEnumerable<Dictionary<string, object?>> TradesOf(PolyApiKey key, PolymarketAccount account, string id, string market, string asset) =>
        account.Trades.Where(t => PolymarketAccounts.PlacedBy(key, account, t.Order)
            && (id.Length == 0 || t.Id == id)
            && (market.Length == 0 || string.Equals(t.Order.Market.ConditionId, market, StringComparison.OrdinalIgnoreCase))
            && (asset.Length == 0 || t.Order.TokenId == asset))
        .Select(t => new Dictionary<string, object?>
        {
            ["id"] = t.Id,
            ["taker_order_id"] = t.TraderSide == "TAKER" ? t.Order.Id : "",
            ["market"] = t.Order.Market.ConditionId,
            ["asset_id"] = t.Order.TokenId,
            ["side"] = t.Order.Side,
            ["size"] = Trim(t.Size),
            ["fee_rate_bps"] = Inv((long)(t.Order.Market.Event.Theme.PolyFeeRate * 10_000)),
            ["price"] = Trim(t.Price),
            ["status"] = "CONFIRMED",
            ["match_time"] = Inv(t.Time.ToUnixTimeSeconds()),
            ["last_update"] = Inv(t.Time.ToUnixTimeSeconds()),
            ["outcome"] = t.Order.IsYesToken ? "Yes" : "No",
            ["bucket_index"] = 0,
            ["owner"] = t.Order.Owner,
            ["maker_address"] = t.Order.MakerAddress,
            ["transaction_hash"] = "0x" + Convert.ToHexStringLower(Eip712.Keccak(t.Id)),
            ["trader_side"] = t.TraderSide,
            ["maker_orders"] = Array.Empty<object>(),
        }).ToList();

    /// <summary>Balances in 6-decimal base units; COLLATERAL = pUSD, CONDITIONAL = the given token.</summary>
    public static IResult BalanceAllowance(HttpContext context, PolymarketAccounts accounts)
    {
        var q = context.Request.Query;
        // The SDKs send their signature type so the venue knows which wallet holds the funds: the EOA or its funder.
        var signatureType = int.TryParse(q["signature_type"].ToString(), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var type) ? type : 0;
        var account = accounts.ForBalance(Key(context), signatureType);
        decimal balance;
        lock (account.Gate)
        {
            balance = q["asset_type"].ToString().Equals("CONDITIONAL", StringComparison.OrdinalIgnoreCase)
                ? account.TokenBalance(q["token_id"].ToString())
                : account.Cash;
        }
        return Results.Json(new Dictionary<string, object?>
        {
            ["balance"] = Inv((long)Math.Floor(balance * 1_000_000)),
            ["allowances"] = new Dictionary<string, string>
            {
                [Eip712.CtfExchangeV2] = MaxAllowance,
                [Eip712.NegRiskCtfExchangeV2] = MaxAllowance,
            },
        });
    }

    private static IResult Page(List<Dictionary<string, object?>> data) =>
        Results.Json(new Dictionary<string, object?> { ["limit"] = Math.Max(100, data.Count), ["count"] = data.Count, ["next_cursor"] = EndCursor, ["data"] = data });

    private static PolyApiKey Key(HttpContext context) => (PolyApiKey)context.Items[PolymarketL2Filter.KeyItem]!;
}
