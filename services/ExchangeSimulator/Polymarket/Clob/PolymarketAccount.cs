using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>A CLOB order as <c>/data/orders</c> reports it; prices and sizes are in the order's own token.</summary>
internal sealed class PolyOrder
{
    public required string Id { get; init; }
    public required SimMarket Market { get; init; }
    public required string TokenId { get; init; }
    public required bool IsYesToken { get; init; }
    public required string Side { get; init; }
    public required decimal Price { get; init; }
    public required decimal OriginalSize { get; init; }
    public required string OrderType { get; init; }
    public required string Owner { get; init; }
    public required string MakerAddress { get; init; }
    public required string Expiration { get; init; }
    public required DateTimeOffset Created { get; init; }
    public decimal SizeMatched { get; set; }
    public string Status { get; set; } = "LIVE";
    public RestingOrder? Resting { get; set; }
    public List<string> TradeIds { get; } = [];
}

internal sealed record PolyTrade(
    string Id, PolyOrder Order, decimal Size, decimal Price, decimal Fee, string TraderSide, DateTimeOffset Time);

internal sealed class TokenHolding
{
    public required SimMarket Market { get; init; }
    public required bool IsYes { get; init; }
    public decimal Size { get; set; }
    public decimal Cost { get; set; }
    public decimal TotalBought { get; set; }
    public decimal RealizedPnl { get; set; }
}

/// <summary>A wallet's pUSD and outcome tokens. Unlike Kalshi, selling needs tokens you hold.</summary>
internal sealed class PolymarketAccount(string address, decimal startingBalance, TimeProvider time) : ITradingAccount
{
    public Lock Gate { get; } = new();
    public string Address => address;
    public string AccountId => "polymarket:" + address.ToLowerInvariant();
    public decimal Cash { get; private set; } = startingBalance;
    public List<PolyOrder> Orders { get; } = [];
    public List<PolyTrade> Trades { get; } = [];
    public Dictionary<string, TokenHolding> Holdings { get; } = new(StringComparer.Ordinal);

    public decimal TokenBalance(string tokenId) => Holdings.TryGetValue(tokenId, out var h) ? h.Size : 0;

    public void OnMakerFill(RestingOrder order, decimal yesPrice, decimal count)
    {
        if (order.VenueRecord is not PolyOrder polyOrder) return;
        lock (Gate)
        {
            Apply(polyOrder, polyOrder.IsYesToken ? yesPrice : 1 - yesPrice, count, fee: 0, traderSide: "MAKER");
            if (order.Status == OrderStatus.Executed) polyOrder.Status = "MATCHED";
        }
    }

    public void OnExpired(RestingOrder order)
    {
        if (order.VenueRecord is not PolyOrder polyOrder) return;
        lock (Gate) polyOrder.Status = "CANCELED";
    }

    /// <summary>One execution at <paramref name="tokenPrice"/>; callers hold <see cref="Gate"/>.</summary>
    public PolyTrade Apply(PolyOrder order, decimal tokenPrice, decimal size, decimal fee, string traderSide)
    {
        if (!Holdings.TryGetValue(order.TokenId, out var holding))
        {
            Holdings[order.TokenId] = holding = new TokenHolding { Market = order.Market, IsYes = order.IsYesToken };
        }
        if (order.Side == "BUY")
        {
            Cash -= size * tokenPrice + fee;
            holding.Size += size;
            holding.Cost += size * tokenPrice;
            holding.TotalBought += size * tokenPrice;
        }
        else
        {
            var averageCost = holding.Size == 0 ? 0 : holding.Cost / holding.Size;
            Cash += size * tokenPrice - fee;
            holding.RealizedPnl += size * (tokenPrice - averageCost);
            holding.Cost -= size * averageCost;
            holding.Size -= size;
        }
        order.SizeMatched += size;
        var trade = new PolyTrade(Guid.NewGuid().ToString(), order, size, tokenPrice, fee, traderSide, time.GetUtcNow());
        order.TradeIds.Add(trade.Id);
        Trades.Add(trade);
        return trade;
    }
}
