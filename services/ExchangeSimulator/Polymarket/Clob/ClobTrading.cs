using System.Numerics;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>
/// <c>POST /order</c> and <c>DELETE /order</c>: the V2 order's EIP-712 signature is checked against the exchange the
/// market trades on, then the order walks the book.
/// </summary>
internal sealed class ClobTrading(MarketUniverse universe, OrderBooks books, PolymarketAccounts accounts, TimeProvider time)
{
    private static readonly BigInteger Unit = 1_000_000;

    public IResult Place(PolyApiKey key, string body)
    {
        var (status, response) = PlaceCore(key, body);
        return Results.Json(response, statusCode: status);
    }

    /// <summary><c>POST /orders</c>: each element is placed on its own; the answer lists each order's outcome.</summary>
    public IResult PlaceBatch(PolyApiKey key, string body)
    {
        List<string> orders;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array) return PolyResults.BadRequest("Invalid order payload");
            orders = doc.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return PolyResults.BadRequest("Invalid order payload");
        }
        if (orders.Count > 15) return PolyResults.BadRequest("too many orders in the batch (max 15)");
        return Results.Json(orders.Select(o => PlaceCore(key, o).Body).ToList());
    }

    private (int Status, Dictionary<string, object?> Body) PlaceCore(PolyApiKey key, string body)
    {
        var submission = ClobOrderSubmission.Parse(body, out var parseError);
        if (submission is null) return Reject(parseError);
        if (submission.Owner != key.ApiKey) return Reject("the order owner has to be the owner of the API KEY");
        var order = submission.Order;
        if (universe.ByToken(order.TokenId.ToString()) is not { } hit) return Reject("market not found");
        var market = hit.Market;

        var contract = market.Event.NegRisk ? Eip712.NegRiskCtfExchangeV2 : Eip712.CtfExchangeV2;
        var digest = Eip712.OrderDigest(order, contract);
        var orderId = "0x" + Convert.ToHexStringLower(digest);
        var recovered = Eip712.Recover(digest, submission.Signature);
        if (order.SignatureType is not (0 or 1 or 2)) return Reject("invalid signature", orderId);
        if (!Eip712.SameAddress(recovered, order.Signer)) return Reject("invalid signature", orderId);
        // An EOA makes its own orders; a proxy or Safe (types 1, 2) is a contract wallet, never the EOA signing for it.
        if ((order.SignatureType == 0) != Eip712.SameAddress(order.Maker, order.Signer)) return Reject("invalid signature", orderId);
        if (!Eip712.SameAddress(order.Signer, key.Address)) return Reject("the order signer address has to be the address of the API KEY", orderId);

        if (!market.IsTradable) return Reject("the market is not yet ready to process new orders", orderId);
        if (order.MakerAmount.IsZero || order.TakerAmount.IsZero) return Reject("invalid amounts", orderId);
        var buying = order.Side == 0;
        var makerAmount = (decimal)order.MakerAmount / (decimal)Unit;
        var takerAmount = (decimal)order.TakerAmount / (decimal)Unit;
        var size = buying ? takerAmount : makerAmount;
        var rawPrice = buying ? makerAmount / takerAmount : takerAmount / makerAmount;
        var price = Math.Round(rawPrice / market.TickSize) * market.TickSize;
        // SDK rounding of market orders leaves the implied price a hair off the grid; anything further off is a bad tick.
        if (Math.Abs(rawPrice - price) > market.TickSize / 100 || price < market.TickSize || price > 1 - market.TickSize)
            return Reject($"INVALID_ORDER_MIN_TICK_SIZE: order is invalid. Price ({Trim(Math.Round(rawPrice, 6))}), min: {Trim(market.TickSize)} - max: {Trim(1 - market.TickSize)}", orderId);
        if (size < market.MinOrderSize)
            return Reject($"INVALID_ORDER_MIN_SIZE: order is invalid. Size ({Trim(size)}) lower than the minimum: {Trim(market.MinOrderSize)}", orderId);

        var account = accounts.ForMaker(key, order.Maker, order.SignatureType);
        var tokenId = hit.IsYes ? market.YesTokenId : market.NoTokenId;
        lock (account.Gate)
        {
            if (account.Orders.Any(o => o.Id == orderId)) return Reject("INVALID_ORDER_DUPLICATED: order already exists", orderId);
            if (buying ? makerAmount > account.Cash : size > account.TokenBalance(tokenId))
                return Reject($"not enough balance / allowance", orderId);
        }

        var tif = submission.OrderType switch
        {
            "FOK" => TimeInForce.FillOrKill,
            "FAK" => TimeInForce.ImmediateOrCancel,
            "GTC" or "GTD" => TimeInForce.GoodTillCanceled,
            _ => (TimeInForce?)null,
        };
        if (tif is null) return Reject("invalid order type", orderId);
        DateTimeOffset? expiresAt = null;
        if (submission.OrderType == "GTD")
        {
            // Polymarket wants a GTD expiration at least a minute out and retires the order a minute early.
            if (!long.TryParse(submission.Expiration, out var expiration) || expiration < time.GetUtcNow().ToUnixTimeSeconds() + 60)
                return Reject("invalid expiration value: GTD orders need an expiration at least a minute in the future", orderId);
            expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiration - 60);
        }
        if (submission.PostOnly && tif != TimeInForce.GoodTillCanceled) return Reject("post-only orders must be GTC or GTD", orderId);

        var polyOrder = new PolyOrder
        {
            Id = orderId, Market = market, TokenId = tokenId, IsYesToken = hit.IsYes, Side = submission.SideText, Price = price,
            OriginalSize = size, OrderType = submission.OrderType, Owner = key.ApiKey, MakerAddress = order.Maker,
            Expiration = submission.Expiration, Created = time.GetUtcNow(),
        };
        // In YES terms: buying NO at q is selling YES at 1 − q.
        var yesSide = buying == hit.IsYes ? Side.BuyYes : Side.SellYes;
        var yesLimit = hit.IsYes ? price : 1 - price;
        var result = books.For(market).Submit(new OrderRequest(market, yesSide, yesLimit, size, tif.Value, submission.PostOnly, account, orderId, polyOrder, expiresAt));
        switch (result.Outcome)
        {
            case MatchOutcome.KilledFok:
                return Reject("order couldn't be fully filled. FOK orders are fully filled or killed.", orderId);
            case MatchOutcome.Unfilled when tif == TimeInForce.ImmediateOrCancel:
                return Reject("no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found.", orderId);
            case MatchOutcome.RejectedPostOnly:
                return Reject("invalid post-only order: order crosses book", orderId);
        }

        var feeRate = market.Event.Theme.PolyFeeRate;
        var trades = new List<PolyTrade>();
        decimal making = 0, taking = 0;
        lock (account.Gate)
        {
            foreach (var fill in result.Fills)
            {
                var tokenPrice = hit.IsYes ? fill.YesPrice : 1 - fill.YesPrice;
                var fee = Math.Round(fill.Count * feeRate * tokenPrice * (1 - tokenPrice), 6);
                trades.Add(account.Apply(polyOrder, tokenPrice, fill.Count, fee, "TAKER"));
                making += buying ? fill.Count * tokenPrice : fill.Count;
                taking += buying ? fill.Count : fill.Count * tokenPrice;
            }
            polyOrder.Resting = result.Resting;
            polyOrder.Status = result.Resting is not null ? "LIVE" : result.FilledCount > 0 ? "MATCHED" : "CANCELED";
            account.Orders.Add(polyOrder);
        }

        return (StatusCodes.Status200OK, new Dictionary<string, object?>
        {
            ["success"] = true,
            ["errorMsg"] = "",
            ["orderID"] = orderId,
            ["takingAmount"] = trades.Count > 0 ? Trim(Math.Round(taking, 6)) : "",
            ["makingAmount"] = trades.Count > 0 ? Trim(Math.Round(making, 6)) : "",
            ["status"] = result.Resting is not null ? "live" : "matched",
            ["transactionsHashes"] = Array.Empty<string>(),
            ["tradeIDs"] = trades.Select(t => t.Id).ToArray(),
        });
    }

    public IResult CancelAll(PolyApiKey key)
    {
        var live = new List<string>();
        foreach (var account in accounts.Of(key))
        {
            lock (account.Gate)
                live.AddRange(account.Orders.Where(o => o.Status == "LIVE" && PolymarketAccounts.PlacedBy(key, account, o)).Select(o => o.Id));
        }
        return Cancel(key, live);
    }

    public IResult Cancel(PolyApiKey key, IReadOnlyList<string> orderIds)
    {
        var wallets = accounts.Of(key);
        var canceled = new List<string>();
        var notCanceled = new Dictionary<string, string>();
        foreach (var id in orderIds)
        {
            var (account, order) = Find(key, wallets, id);
            if (account is null || order?.Resting is null)
            {
                notCanceled[id] = "order can't be found - already canceled or matched";
                continue;
            }
            if (!books.For(order.Market).Cancel(order.Resting))
            {
                notCanceled[id] = "order can't be found - already canceled or matched";
                continue;
            }
            lock (account.Gate) order.Status = "CANCELED";
            canceled.Add(order.Id);
        }
        return Results.Json(new Dictionary<string, object?> { ["canceled"] = canceled, ["not_canceled"] = notCanceled });
    }

    private static (PolymarketAccount? Account, PolyOrder? Order) Find(PolyApiKey key, IReadOnlyList<PolymarketAccount> wallets, string orderId)
    {
        foreach (var account in wallets)
        {
            lock (account.Gate)
            {
                if (account.Orders.FirstOrDefault(o => string.Equals(o.Id, orderId, StringComparison.OrdinalIgnoreCase)
                    && PolymarketAccounts.PlacedBy(key, account, o)) is { } order)
                    return (account, order);
            }
        }
        return (null, null);
    }

    /// <summary>Rejected orders: HTTP 400 with <c>error</c> and the <c>errorMsg</c>/<c>success</c> pair SDKs read.</summary>
    private static (int, Dictionary<string, object?>) Reject(string message, string orderId = "") =>
        (StatusCodes.Status400BadRequest, new Dictionary<string, object?>
        {
            ["error"] = message, ["success"] = false, ["errorMsg"] = message, ["orderID"] = orderId,
        });
}
