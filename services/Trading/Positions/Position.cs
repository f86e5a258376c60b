using Ito.Contracts;
using Ito.Trading.Orders;

namespace Ito.Trading.Positions;

/// <summary>
/// Shares of one outcome of one market held by a user through one basket, in one mode. Average-cost accounting:
/// a sale realizes (price − average cost) per share and takes its share of the cost basis with it.
/// </summary>
public sealed class Position
{
    private Position()
    {
    }

    public Position(Guid userId, TradingMode mode, Guid basketId, string marketId, Side outcome)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Mode = mode;
        BasketId = basketId;
        MarketId = marketId;
        Outcome = outcome;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public TradingMode Mode { get; private set; }

    public Guid BasketId { get; private set; }

    public string MarketId { get; private set; } = "";

    public Side Outcome { get; private set; }

    public decimal Shares { get; private set; }

    /// <summary>What the shares still held cost, fees excluded.</summary>
    public decimal CostBasis { get; private set; }

    public decimal RealizedPnl { get; private set; }

    public decimal Fees { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public decimal? AverageCost => Shares > 0 ? Math.Round(CostBasis / Shares, 6) : null;

    public void Apply(TradeAction action, decimal shares, decimal price, decimal fee, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shares);
        if (action == TradeAction.Buy)
        {
            Shares += shares;
            CostBasis += shares * price;
        }
        else
        {
            if (shares > Shares) throw new InvalidOperationException($"Cannot sell {shares} shares of a position of {Shares}.");
            var released = Shares == shares ? CostBasis : CostBasis * shares / Shares;
            RealizedPnl += shares * price - released;
            CostBasis -= released;
            Shares -= shares;
        }

        Fees += fee;
        UpdatedAt = at;
    }

    /// <summary>The outcome's mark from a YES price: NO is worth 1 − YES.</summary>
    public static decimal OutcomeMark(Side outcome, decimal yesPrice) => outcome == Side.Yes ? yesPrice : 1 - yesPrice;

    public decimal MarketValue(decimal outcomeMark) => Shares * outcomeMark;

    public decimal UnrealizedPnl(decimal outcomeMark) => MarketValue(outcomeMark) - CostBasis;
}
