using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>A Kalshi order as the portfolio endpoints report it (YES-quoted, V2 vocabulary plus the legacy fields).</summary>
internal sealed class KalshiOrder
{
    public required string OrderId { get; init; }
    public required string? ClientOrderId { get; init; }
    public required SimMarket Market { get; init; }
    /// <summary>"bid" buys YES, "ask" sells YES (= buys NO).</summary>
    public required string BookSide { get; init; }
    public required decimal YesPrice { get; init; }
    public required decimal InitialCount { get; init; }
    public required string TimeInForce { get; init; }
    public required string SelfTradePrevention { get; init; }
    public required DateTimeOffset Created { get; init; }
    public decimal FillCount { get; set; }
    public decimal RemainingCount { get; set; }
    public decimal TakerFees { get; set; }
    public decimal TakerFillCost { get; set; }
    public decimal MakerFillCost { get; set; }
    public string Status { get; set; } = "resting";
    public DateTimeOffset Updated { get; set; }
    public RestingOrder? Resting { get; set; }
}

internal sealed record KalshiFill(string FillId, string TradeId, KalshiOrder Order, decimal Count, decimal YesPrice, bool IsTaker, decimal Fee, DateTimeOffset Time);

internal sealed class KalshiPosition
{
    /// <summary>Positive = YES contracts, negative = NO contracts.</summary>
    public decimal Position { get; set; }
    public decimal Cost { get; set; }
    public decimal TotalTraded { get; set; }
    public decimal RealizedPnl { get; set; }
    public decimal FeesPaid { get; set; }
    public DateTimeOffset Updated { get; set; }
}

/// <summary>
/// One API key's money and contracts. Kalshi nets YES against NO: a YES+NO pair is worth $1 at once, so buying
/// the side you are short closes contracts and returns cash.
/// </summary>
internal sealed class KalshiAccount(string keyId, decimal startingBalance, TimeProvider time) : ITradingAccount
{
    public Lock Gate { get; } = new();
    public string AccountId => "kalshi:" + keyId;
    public decimal Cash { get; private set; } = startingBalance;
    public DateTimeOffset Updated { get; private set; } = time.GetUtcNow();
    public List<KalshiOrder> Orders { get; } = [];
    public List<KalshiFill> Fills { get; } = [];
    public Dictionary<SimMarket, KalshiPosition> Positions { get; } = [];

    public void OnMakerFill(RestingOrder order, decimal yesPrice, decimal count)
    {
        if (order.VenueRecord is not KalshiOrder kalshiOrder) return;
        lock (Gate)
        {
            ApplyFill(kalshiOrder, yesPrice, count, isTaker: false, fee: 0);
            kalshiOrder.MakerFillCost += count * (kalshiOrder.BookSide == "bid" ? yesPrice : 1 - yesPrice);
            kalshiOrder.RemainingCount = order.Remaining;
            if (order.Status == OrderStatus.Executed) kalshiOrder.Status = "executed";
        }
    }

    public void OnExpired(RestingOrder order)
    {
        if (order.VenueRecord is not KalshiOrder kalshiOrder) return;
        lock (Gate)
        {
            kalshiOrder.Status = "canceled";
            kalshiOrder.RemainingCount = 0;
        }
    }

    /// <summary>Applies one execution; callers hold <see cref="Gate"/>.</summary>
    public void ApplyFill(KalshiOrder order, decimal yesPrice, decimal count, bool isTaker, decimal fee)
    {
        var now = time.GetUtcNow();
        var buyingYes = order.BookSide == "bid";
        var pricePaid = buyingYes ? yesPrice : 1 - yesPrice;
        if (!Positions.TryGetValue(order.Market, out var position)) Positions[order.Market] = position = new KalshiPosition();

        var held = position.Position;
        var closing = buyingYes ? Math.Min(count, Math.Max(0, -held)) : Math.Min(count, Math.Max(0, held));
        var averageCost = held == 0 ? 0 : position.Cost / Math.Abs(held);
        Cash -= count * pricePaid + fee;
        Cash += closing;
        position.RealizedPnl += closing * (1 - pricePaid - averageCost);
        position.Cost += (count - closing) * pricePaid - closing * averageCost;
        position.Position += buyingYes ? count : -count;
        position.TotalTraded += count * pricePaid;
        position.FeesPaid += fee;
        position.Updated = now;

        order.FillCount += count;
        order.Updated = now;
        Fills.Add(new KalshiFill(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), order, count, yesPrice, isTaker, fee, now));
        Updated = now;
    }

    /// <summary>Kalshi's quadratic taker fee, ceil(0.07 × C × P × (1 − P)) to the cent.</summary>
    public static decimal TakerFee(IEnumerable<Fill> fills)
    {
        var raw = fills.Sum(f => 0.07m * f.Count * f.YesPrice * (1 - f.YesPrice));
        return Math.Ceiling(raw * 100) / 100;
    }
}
