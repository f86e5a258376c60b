using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>A Kalshi event: one question, one or more markets (several when <see cref="MutuallyExclusive"/> outcomes).</summary>
public sealed record KalshiEvent
{
    [JsonPropertyName("event_ticker")] public string EventTicker { get; init; } = "";
    [JsonPropertyName("series_ticker")] public string? SeriesTicker { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("sub_title")] public string? SubTitle { get; init; }
    [JsonPropertyName("collateral_return_type")] public string? CollateralReturnType { get; init; }
    [JsonPropertyName("mutually_exclusive")] public bool? MutuallyExclusive { get; init; }
    /// <summary>Deprecated by Kalshi; the category lives on the series.</summary>
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("strike_date"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? StrikeDate { get; init; }
    [JsonPropertyName("strike_period")] public string? StrikePeriod { get; init; }
    [JsonPropertyName("markets")] public IReadOnlyList<KalshiMarket>? Markets { get; init; }
    [JsonPropertyName("settlement_sources")] public IReadOnlyList<KalshiSettlementSource>? SettlementSources { get; init; }
    [JsonPropertyName("last_updated_ts"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? LastUpdated { get; init; }
    [JsonPropertyName("exchange_index")] public int? ExchangeIndex { get; init; }
}

public sealed record KalshiSettlementSource
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
}

/// <summary>A Kalshi series: the family of events, and where the category and tags live.</summary>
public sealed record KalshiSeries
{
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("frequency")] public string? Frequency { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<string>? Tags { get; init; }
    [JsonPropertyName("settlement_sources")] public IReadOnlyList<KalshiSettlementSource>? SettlementSources { get; init; }
    [JsonPropertyName("contract_url")] public string? ContractUrl { get; init; }
    [JsonPropertyName("fee_type")] public string? FeeType { get; init; }
    [JsonPropertyName("fee_multiplier"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FeeMultiplier { get; init; }
    [JsonPropertyName("volume_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? VolumeFp { get; init; }
}
