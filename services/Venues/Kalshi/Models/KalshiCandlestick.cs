using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>One candle; <see cref="EndPeriodTs"/> is the inclusive end of the period (Unix seconds). Trade prices are null when nothing traded.</summary>
public sealed record KalshiCandlestick
{
    [JsonPropertyName("end_period_ts")] public long EndPeriodTs { get; init; }
    [JsonPropertyName("yes_bid")] public KalshiOhlc? YesBid { get; init; }
    [JsonPropertyName("yes_ask")] public KalshiOhlc? YesAsk { get; init; }
    [JsonPropertyName("price")] public KalshiTradePriceDistribution? Price { get; init; }
    [JsonPropertyName("volume_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? VolumeFp { get; init; }
    [JsonPropertyName("open_interest_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OpenInterestFp { get; init; }

    [JsonIgnore] public DateTimeOffset EndPeriod => DateTimeOffset.FromUnixTimeSeconds(EndPeriodTs);
}

public sealed record KalshiOhlc
{
    [JsonPropertyName("open_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Open { get; init; }
    [JsonPropertyName("low_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Low { get; init; }
    [JsonPropertyName("high_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? High { get; init; }
    [JsonPropertyName("close_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Close { get; init; }
}

public sealed record KalshiTradePriceDistribution
{
    [JsonPropertyName("open_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Open { get; init; }
    [JsonPropertyName("low_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Low { get; init; }
    [JsonPropertyName("high_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? High { get; init; }
    [JsonPropertyName("close_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Close { get; init; }
    [JsonPropertyName("mean_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Mean { get; init; }
    [JsonPropertyName("previous_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Previous { get; init; }
}

public sealed record KalshiCandlesticksResponse
{
    [JsonPropertyName("ticker")] public string? Ticker { get; init; }
    [JsonPropertyName("candlesticks")] public IReadOnlyList<KalshiCandlestick> Candlesticks { get; init; } = [];
}

public sealed record KalshiMarketCandlesticks
{
    [JsonPropertyName("market_ticker")] public string MarketTicker { get; init; } = "";
    [JsonPropertyName("candlesticks")] public IReadOnlyList<KalshiCandlestick> Candlesticks { get; init; } = [];
}

public sealed record KalshiBatchCandlesticksResponse
{
    [JsonPropertyName("markets")] public IReadOnlyList<KalshiMarketCandlesticks> Markets { get; init; } = [];
}
