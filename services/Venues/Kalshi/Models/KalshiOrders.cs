using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

public static class KalshiTimeInForce
{
    public const string FillOrKill = "fill_or_kill";
    public const string GoodTillCanceled = "good_till_canceled";
    public const string ImmediateOrCancel = "immediate_or_cancel";
}

/// <summary>
/// The V2 create-order body (<c>POST /portfolio/events/orders</c>). Everything is quoted from the YES side:
/// <c>side</c> "bid" buys YES, "ask" sells YES (≡ buys NO); <c>count</c> and <c>price</c> are strings.
/// The client order id is required here (Kalshi makes it optional) because it is how a timed-out order is reconciled.
/// </summary>
public sealed record KalshiCreateOrderRequest
{
    [JsonPropertyName("ticker")] public required string Ticker { get; init; }
    [JsonPropertyName("client_order_id")] public required string ClientOrderId { get; init; }
    [JsonPropertyName("side")] public required string Side { get; init; }
    [JsonPropertyName("count"), JsonConverter(typeof(DecimalStringConverter))] public required decimal Count { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(DecimalStringConverter))] public required decimal Price { get; init; }
    [JsonPropertyName("time_in_force")] public string TimeInForce { get; init; } = KalshiTimeInForce.GoodTillCanceled;
    [JsonPropertyName("self_trade_prevention_type")] public string SelfTradePreventionType { get; init; } = "taker_at_cross";
    [JsonPropertyName("expiration_time")] public long? ExpirationTime { get; init; }
    [JsonPropertyName("post_only")] public bool? PostOnly { get; init; }
    [JsonPropertyName("cancel_order_on_pause")] public bool? CancelOrderOnPause { get; init; }
    [JsonPropertyName("reduce_only")] public bool? ReduceOnly { get; init; }
    [JsonPropertyName("subaccount")] public int? Subaccount { get; init; }
    [JsonPropertyName("order_group_id")] public string? OrderGroupId { get; init; }

    public const string Bid = "bid";
    public const string Ask = "ask";
}

/// <summary>The 201 answer of create-order V2.</summary>
public sealed record KalshiCreateOrderResponse
{
    [JsonPropertyName("order_id")] public string OrderId { get; init; } = "";
    [JsonPropertyName("client_order_id")] public string? ClientOrderId { get; init; }
    [JsonPropertyName("fill_count"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FillCount { get; init; }
    [JsonPropertyName("remaining_count"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RemainingCount { get; init; }
    [JsonPropertyName("average_fill_price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? AverageFillPrice { get; init; }
    [JsonPropertyName("average_fee_paid"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? AverageFeePaid { get; init; }
    [JsonPropertyName("ts_ms")] public long? TimestampMs { get; init; }
}

/// <summary>What placing an order came to: created now, or found already created by an earlier attempt that timed out.</summary>
public sealed record KalshiOrderPlacement(string OrderId, string ClientOrderId, bool Reconciled, KalshiCreateOrderResponse? Created, KalshiOrder? Existing);

public sealed record KalshiCancelOrderResponse
{
    [JsonPropertyName("order_id")] public string? OrderId { get; init; }
    [JsonPropertyName("client_order_id")] public string? ClientOrderId { get; init; }
    [JsonPropertyName("reduced_by_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? ReducedByFp { get; init; }
}
