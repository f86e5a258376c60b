using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Matching;

/// <summary>Every order is expressed in YES terms internally: buying NO at q is selling YES at 1 − q.</summary>
internal enum Side { BuyYes, SellYes }

internal enum TimeInForce { GoodTillCanceled, FillOrKill, ImmediateOrCancel }

internal enum OrderStatus { Resting, Canceled, Executed }

/// <summary>Who owns an order: notified when a resting order trades against someone else.</summary>
internal interface ITradingAccount
{
    string AccountId { get; }
    void OnMakerFill(RestingOrder order, decimal yesPrice, decimal count);

    /// <summary>A resting order reached its expiry and left the book.</summary>
    void OnExpired(RestingOrder order);
}

/// <summary>A user order on the book (or one that was; the status says).</summary>
internal sealed class RestingOrder
{
    public required string Id { get; init; }
    public required SimMarket Market { get; init; }
    public required Side Side { get; init; }
    public required decimal Price { get; init; }
    public required decimal InitialCount { get; init; }
    public required ITradingAccount Owner { get; init; }
    public required DateTimeOffset Created { get; init; }
    public decimal Remaining { get; set; }
    public decimal Filled { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Resting;
    public DateTimeOffset Updated { get; set; }
    public DateTimeOffset? ExpiresAt { get; init; }
    /// <summary>The venue's own record of this order (Kalshi order, Polymarket open order).</summary>
    public object? VenueRecord { get; set; }
}

internal sealed record OrderRequest(
    SimMarket Market, Side Side, decimal LimitPrice, decimal Count, TimeInForce TimeInForce, bool PostOnly,
    ITradingAccount Owner, string OrderId, object? VenueRecord = null, DateTimeOffset? ExpiresAt = null);

/// <summary>One execution; <see cref="Maker"/> is null when the simulator's own liquidity was taken.</summary>
internal readonly record struct Fill(decimal YesPrice, decimal Count, RestingOrder? Maker);

internal enum MatchOutcome { Filled, PartiallyFilledAndResting, Resting, PartiallyFilledAndCanceled, Unfilled, KilledFok, RejectedPostOnly }

internal sealed record MatchResult(MatchOutcome Outcome, IReadOnlyList<Fill> Fills, decimal Remaining, RestingOrder? Resting)
{
    public decimal FilledCount => Fills.Sum(f => f.Count);
    public decimal Notional => Fills.Sum(f => f.Count * f.YesPrice);
}
