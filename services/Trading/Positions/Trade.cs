using Ito.Contracts;
using Ito.Trading.Orders;

namespace Ito.Trading.Positions;

public enum TradeAction
{
    Buy,
    Sell,
}

/// <summary>A fill the platform booked for a user: shares of one outcome bought or sold at a price, with its fee.</summary>
public sealed class Trade
{
    private Trade()
    {
    }

    public Trade(Guid userId, TradingMode mode, BasketOrderId orderId, Guid basketId, int legIndex, string marketId, Side outcome,
        TradeAction action, decimal shares, decimal price, decimal fee, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Mode = mode;
        OrderId = orderId;
        BasketId = basketId;
        LegIndex = legIndex;
        MarketId = marketId;
        Outcome = outcome;
        Action = action;
        Shares = shares;
        Price = price;
        Fee = fee;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public TradingMode Mode { get; private set; }

    public BasketOrderId OrderId { get; private set; }

    public Guid BasketId { get; private set; }

    public int LegIndex { get; private set; }

    public string MarketId { get; private set; } = "";

    public Side Outcome { get; private set; }

    public TradeAction Action { get; private set; }

    public decimal Shares { get; private set; }

    /// <summary>Average price of the outcome bought or sold (a probability).</summary>
    public decimal Price { get; private set; }

    public decimal Fee { get; private set; }

    public DateTimeOffset At { get; private set; }
}
