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

/// <summary>
/// A public trade (<c>GET /trades</c> on the Data API): one side of a match — the taker's, or a maker's with
/// <c>takerOnly=false</c> — with price and size in that side's own outcome token; <c>timestamp</c> is Unix seconds.
/// </summary>
public sealed record DataTrade
{
    [JsonPropertyName("proxyWallet")] public string? ProxyWallet { get; init; }
    [JsonPropertyName("side")] public string? Side { get; init; }
    [JsonPropertyName("asset")] public string? Asset { get; init; }
    [JsonPropertyName("conditionId")] public string? ConditionId { get; init; }
    [JsonPropertyName("size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Size { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("timestamp"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("eventSlug")] public string? EventSlug { get; init; }
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("outcomeIndex")] public int? OutcomeIndex { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("pseudonym")] public string? Pseudonym { get; init; }
    [JsonPropertyName("transactionHash")] public string? TransactionHash { get; init; }
}

/// <summary>
/// Filters of <c>GET /trades</c>. <see cref="ConditionIds"/> and <see cref="EventIds"/> exclude each other;
/// <see cref="FilterType"/> (<c>CASH</c> or <c>TOKENS</c>) goes with <see cref="FilterAmount"/>.
/// <see cref="Limit"/> and <see cref="Offset"/> are each at most 10,000.
/// </summary>
public sealed record DataTradesQuery
{
    public IReadOnlyList<string>? ConditionIds { get; init; }
    public IReadOnlyList<long>? EventIds { get; init; }
    public string? User { get; init; }
    /// <summary><c>BUY</c> or <c>SELL</c>.</summary>
    public string? Side { get; init; }
    /// <summary>The venue defaults to true: each match once, from its taker's side.</summary>
    public bool? TakerOnly { get; init; }
    public string? FilterType { get; init; }
    public decimal? FilterAmount { get; init; }
    public int? Limit { get; init; }
    public int? Offset { get; init; }
}
