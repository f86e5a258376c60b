using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>An order as listed by <c>GET /portfolio/orders</c>.</summary>
public sealed record KalshiOrder
{
    [JsonPropertyName("order_id")] public string OrderId { get; init; } = "";
    [JsonPropertyName("client_order_id")] public string? ClientOrderId { get; init; }
    [JsonPropertyName("user_id")] public string? UserId { get; init; }
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("outcome_side")] public string? OutcomeSide { get; init; }
    [JsonPropertyName("book_side")] public string? BookSide { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    /// <summary>resting, canceled or executed.</summary>
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("yes_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesPriceDollars { get; init; }
    [JsonPropertyName("no_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NoPriceDollars { get; init; }
    [JsonPropertyName("fill_count_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FillCountFp { get; init; }
    [JsonPropertyName("remaining_count_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RemainingCountFp { get; init; }
    [JsonPropertyName("initial_count_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? InitialCountFp { get; init; }
    [JsonPropertyName("taker_fees_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TakerFeesDollars { get; init; }
    [JsonPropertyName("maker_fees_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MakerFeesDollars { get; init; }
    [JsonPropertyName("taker_fill_cost_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TakerFillCostDollars { get; init; }
    [JsonPropertyName("maker_fill_cost_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MakerFillCostDollars { get; init; }
    [JsonPropertyName("expiration_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? ExpirationTime { get; init; }
    [JsonPropertyName("created_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedTime { get; init; }
    [JsonPropertyName("last_update_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? LastUpdateTime { get; init; }
    [JsonPropertyName("self_trade_prevention_type")] public string? SelfTradePreventionType { get; init; }
    [JsonPropertyName("order_group_id")] public string? OrderGroupId { get; init; }
    [JsonPropertyName("subaccount_number")] public int? SubaccountNumber { get; init; }
}

/// <summary>One of the account's fills (<c>GET /portfolio/fills</c>).</summary>
public sealed record KalshiFill
{
    [JsonPropertyName("fill_id")] public string FillId { get; init; } = "";
    [JsonPropertyName("trade_id")] public string? TradeId { get; init; }
    [JsonPropertyName("order_id")] public string OrderId { get; init; } = "";
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("action")] public string? Action { get; init; }
    [JsonPropertyName("count_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CountFp { get; init; }
    [JsonPropertyName("yes_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesPriceDollars { get; init; }
    [JsonPropertyName("no_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NoPriceDollars { get; init; }
    [JsonPropertyName("is_taker")] public bool? IsTaker { get; init; }
    [JsonPropertyName("fee_cost"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FeeCost { get; init; }
    [JsonPropertyName("created_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedTime { get; init; }
}

/// <summary>A market position; a negative <see cref="PositionFp"/> is NO contracts, a positive one YES.</summary>
public sealed record KalshiMarketPosition
{
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("position_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? PositionFp { get; init; }
    [JsonPropertyName("total_traded_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TotalTradedDollars { get; init; }
    [JsonPropertyName("market_exposure_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MarketExposureDollars { get; init; }
    [JsonPropertyName("realized_pnl_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RealizedPnlDollars { get; init; }
    [JsonPropertyName("fees_paid_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FeesPaidDollars { get; init; }
    [JsonPropertyName("last_updated_ts"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? LastUpdated { get; init; }
    [JsonPropertyName("exchange_index")] public int? ExchangeIndex { get; init; }
}

public sealed record KalshiEventPosition
{
    [JsonPropertyName("event_ticker")] public string EventTicker { get; init; } = "";
    [JsonPropertyName("total_cost_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TotalCostDollars { get; init; }
    [JsonPropertyName("total_cost_shares_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TotalCostSharesFp { get; init; }
    [JsonPropertyName("event_exposure_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? EventExposureDollars { get; init; }
    [JsonPropertyName("realized_pnl_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RealizedPnlDollars { get; init; }
    [JsonPropertyName("fees_paid_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FeesPaidDollars { get; init; }
}

public sealed record KalshiPositionsPage
{
    [JsonPropertyName("market_positions")] public IReadOnlyList<KalshiMarketPosition> MarketPositions { get; init; } = [];
    [JsonPropertyName("event_positions")] public IReadOnlyList<KalshiEventPosition> EventPositions { get; init; } = [];
    [JsonPropertyName("cursor")] public string? Cursor { get; init; }
}

/// <summary>Balance: <c>balance</c> stays integer cents; <c>balance_dollars</c> exists since 2026-05-28.</summary>
public sealed record KalshiBalance
{
    [JsonPropertyName("balance")] public long? BalanceCents { get; init; }
    [JsonPropertyName("balance_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? BalanceDollars { get; init; }
    [JsonPropertyName("portfolio_value")] public long? PortfolioValueCents { get; init; }
    [JsonPropertyName("updated_ts"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? Updated { get; init; }

    [JsonIgnore] public decimal? Balance => BalanceDollars ?? BalanceCents / 100m;
}
