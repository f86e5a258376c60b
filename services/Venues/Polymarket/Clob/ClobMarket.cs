using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>A CLOB market (<c>GET /markets/{condition_id}</c>): the trading view of a Gamma market, with its two tokens.</summary>
public sealed record ClobMarket
{
    [JsonPropertyName("condition_id")] public string ConditionId { get; init; } = "";
    [JsonPropertyName("question_id")] public string? QuestionId { get; init; }
    [JsonPropertyName("question")] public string? Question { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("market_slug")] public string? MarketSlug { get; init; }
    [JsonPropertyName("end_date_iso"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? EndDate { get; init; }
    [JsonPropertyName("active")] public bool? Active { get; init; }
    [JsonPropertyName("closed")] public bool? Closed { get; init; }
    [JsonPropertyName("archived")] public bool? Archived { get; init; }
    [JsonPropertyName("accepting_orders")] public bool? AcceptingOrders { get; init; }
    [JsonPropertyName("enable_order_book")] public bool? EnableOrderBook { get; init; }
    [JsonPropertyName("minimum_order_size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MinimumOrderSize { get; init; }
    [JsonPropertyName("minimum_tick_size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MinimumTickSize { get; init; }
    [JsonPropertyName("neg_risk")] public bool? NegRisk { get; init; }
    [JsonPropertyName("neg_risk_market_id")] public string? NegRiskMarketId { get; init; }
    [JsonPropertyName("maker_base_fee"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MakerBaseFee { get; init; }
    [JsonPropertyName("taker_base_fee"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TakerBaseFee { get; init; }
    [JsonPropertyName("seconds_delay")] public int? SecondsDelay { get; init; }
    [JsonPropertyName("tokens")] public IReadOnlyList<ClobToken> Tokens { get; init; } = [];
    [JsonPropertyName("tags")] public IReadOnlyList<string>? Tags { get; init; }
}

public sealed record ClobToken
{
    [JsonPropertyName("token_id")] public string TokenId { get; init; } = "";
    [JsonPropertyName("outcome")] public string? Outcome { get; init; }
    [JsonPropertyName("price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Price { get; init; }
    [JsonPropertyName("winner")] public bool? Winner { get; init; }
}

/// <summary>
/// The compact market info of <c>GET /clob-markets/{condition_id}</c>, with one-or-two-letter keys; the SDK reads
/// tokens, tick size, minimum size, neg risk and fees from it before building an order.
/// </summary>
public sealed record ClobMarketInfo
{
    [JsonPropertyName("c")] public string? ConditionId { get; init; }
    [JsonPropertyName("t")] public IReadOnlyList<ClobMarketInfoToken> Tokens { get; init; } = [];
    [JsonPropertyName("mos"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MinimumOrderSize { get; init; }
    [JsonPropertyName("mts"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MinimumTickSize { get; init; }
    [JsonPropertyName("mbf"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MakerBaseFeeBps { get; init; }
    [JsonPropertyName("tbf"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TakerBaseFeeBps { get; init; }
    [JsonPropertyName("nr")] public bool? NegRisk { get; init; }
    [JsonPropertyName("ao")] public bool? AcceptingOrders { get; init; }
    [JsonPropertyName("fd")] public ClobFeeDetails? Fees { get; init; }
}

public sealed record ClobMarketInfoToken
{
    [JsonPropertyName("t")] public string TokenId { get; init; } = "";
    [JsonPropertyName("o")] public string? Outcome { get; init; }
}

public sealed record ClobFeeDetails
{
    [JsonPropertyName("r"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Rate { get; init; }
    [JsonPropertyName("e"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Exponent { get; init; }
    [JsonPropertyName("to")] public bool? TakerOnly { get; init; }
}
