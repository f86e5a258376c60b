namespace Ito.Web.Trading;

/// <summary>Body of POST /api/v1/baskets/{id}/orders and …/orders/preview: side yes | no, amount in USD, mode paper | demo | live.</summary>
public sealed record PlaceBasketOrderRequest(string Side, decimal Amount, string Mode, decimal? MaxSlippage = null, string? Policy = null);

/// <summary>The plan an order would follow, placing nothing.</summary>
public sealed record OrderPreview(
    Guid BasketId,
    string Side,
    decimal Amount,
    string Mode,
    decimal MaxSlippage,
    string Policy,
    decimal EstimatedCost,
    decimal MaxCost,
    decimal Leftover,
    IReadOnlyList<LegPlanView> Legs);

/// <param name="Outcome">The outcome bought on the venue (a basket NO buys the opposite of each leg).</param>
/// <param name="SkipReason">Why nothing is bought for this leg (e.g. below the venue's minimum size).</param>
public sealed record LegPlanView(
    int LegIndex,
    string MarketId,
    string Outcome,
    decimal Weight,
    decimal Budget,
    decimal? BestAsk,
    decimal? LimitPrice,
    decimal Shares,
    decimal EstimatedCost,
    decimal? EstimatedAveragePrice,
    decimal MaxCost,
    decimal Leftover,
    string? SkipReason);

/// <summary>A basket order with its legs (POST …/orders, GET /api/v1/orders/{id}).</summary>
/// <param name="Status">pending, submitting, filled, partially_filled, failed, unwinding, unwound or cancelled.</param>
public sealed record BasketOrderView(
    Guid Id,
    Guid BasketId,
    string Side,
    decimal Amount,
    string Mode,
    decimal MaxSlippage,
    string Policy,
    string Status,
    decimal Leftover,
    decimal FilledCost,
    decimal Fees,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<LegOrderView> Legs);

/// <param name="Status">planned, submitting, filled, partially_filled, open, failed, skipped, cancelled or unwound.</param>
public sealed record LegOrderView(
    int LegIndex,
    string MarketId,
    string Venue,
    string Outcome,
    decimal Weight,
    decimal Budget,
    decimal? LimitPrice,
    decimal PlannedShares,
    string Status,
    decimal FilledShares,
    decimal? AveragePrice,
    decimal FilledCost,
    decimal Fees,
    string? Error);

public sealed record OrderSummary(Guid Id, Guid BasketId, string Side, decimal Amount, string Mode, string Status, DateTimeOffset CreatedAt);

/// <summary>A page of a trading list (orders, positions).</summary>
public sealed record TradingPage<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>A basket's position in one mode, its legs marked to market; values are null while some leg has no mark.</summary>
public sealed record BasketPositionView(
    Guid BasketId,
    string Mode,
    decimal CostBasis,
    decimal? MarketValue,
    decimal RealizedPnl,
    decimal? UnrealizedPnl,
    decimal Fees,
    IReadOnlyList<PositionView> Legs);

public sealed record PositionView(
    Guid BasketId,
    string MarketId,
    string Outcome,
    string Mode,
    decimal Shares,
    decimal? AverageCost,
    decimal CostBasis,
    decimal? Mark,
    decimal? MarketValue,
    decimal RealizedPnl,
    decimal? UnrealizedPnl,
    decimal Fees,
    DateTimeOffset UpdatedAt);

/// <summary>Net exposure per risk factor (GET /api/v1/exposure).</summary>
public sealed record ExposureView(string? Mode, decimal TotalValue, IReadOnlyList<FactorExposure> Factors);

public sealed record FactorExposure(string FactorId, decimal Exposure, decimal GrossValue);

/// <summary>A risk factor of the taxonomy (GET /api/v1/risk-factors), for naming exposure rows.</summary>
public sealed record RiskFactorInfo(string Id, int SystemBasket, string Description);
