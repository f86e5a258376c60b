using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Data;

/// <summary>A position of a wallet (<c>GET /positions?user=</c> on the Data API); numbers are JSON numbers here.</summary>
public sealed record DataPosition
{
    [JsonPropertyName("proxyWallet")] public string? ProxyWallet { get; init; }
    [JsonPropertyName("asset")] public string Asset { get; init; } = "";
    [JsonPropertyName("conditionId")] public string? ConditionId { get; init; }
    [JsonPropertyName("size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Size { get; init; }
    [JsonPropertyName("avgPrice"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? AvgPrice { get; init; }
    [JsonPropertyName("initialValue"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? InitialValue { get; init; }
    [JsonPropertyName("currentValue"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CurrentValue { get; init; }
    [JsonPropertyName("cashPnl"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CashPnl { get; init; }
    [JsonPropertyName("realizedPnl"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RealizedPnl { get; init; }
    [JsonPropertyName("curPrice"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CurPrice { get; init; }
    [JsonPropertyName("redeemable")] public bool? Redeemable { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("outcomeIndex")] public int? OutcomeIndex { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("negativeRisk")] public bool? NegativeRisk { get; init; }
}

/// <summary>A public trade (<c>GET /trades?market=</c> on the Data API).</summary>
public sealed record DataTrade
{
    [JsonPropertyName("proxyWallet")] public string? ProxyWallet { get; init; }
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("asset")] public string? Asset { get; init; }
    [JsonPropertyName("conditionId")] public string? ConditionId { get; init; }
    [JsonPropertyName("size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Size { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("timestamp"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("outcomeIndex")] public int? OutcomeIndex { get; init; }
    [JsonPropertyName("transactionHash")] public string? TransactionHash { get; init; }
}
