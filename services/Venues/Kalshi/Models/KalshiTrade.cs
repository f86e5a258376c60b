using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>A public trade on a Kalshi market.</summary>
public sealed record KalshiTrade
{
    [JsonPropertyName("trade_id")] public string TradeId { get; init; } = "";
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("count_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CountFp { get; init; }
    [JsonPropertyName("yes_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesPriceDollars { get; init; }
    [JsonPropertyName("no_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NoPriceDollars { get; init; }
    [JsonPropertyName("taker_outcome_side")] public string? TakerOutcomeSide { get; init; }
    [JsonPropertyName("taker_book_side")] public string? TakerBookSide { get; init; }
    [JsonPropertyName("taker_side")] public string? LegacyTakerSide { get; init; }
    [JsonPropertyName("created_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedTime { get; init; }
    [JsonPropertyName("is_block_trade")] public bool? IsBlockTrade { get; init; }
}
