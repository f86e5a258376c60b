using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>
/// A Kalshi market (one binary or scalar contract). Prices are <c>*_dollars</c> strings, counts <c>*_fp</c> strings;
/// the integer-cent fields were removed on 2026-03-12 and are kept only so old captures still parse.
/// Every field is optional here: a missing field must not fail a page of markets.
/// </summary>
public sealed record KalshiMarket
{
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("event_ticker")] public string EventTicker { get; init; } = "";
    [JsonPropertyName("market_type")] public string? MarketType { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    [JsonPropertyName("yes_sub_title")] public string? YesSubTitle { get; init; }
    [JsonPropertyName("no_sub_title")] public string? NoSubTitle { get; init; }
    [JsonPropertyName("status")] public string? Status { get; init; }
    [JsonPropertyName("result")] public string? Result { get; init; }

    [JsonPropertyName("created_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedTime { get; init; }
    [JsonPropertyName("updated_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? UpdatedTime { get; init; }
    [JsonPropertyName("open_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? OpenTime { get; init; }
    [JsonPropertyName("close_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CloseTime { get; init; }
    [JsonPropertyName("expected_expiration_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? ExpectedExpirationTime { get; init; }
    [JsonPropertyName("expiration_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? ExpirationTime { get; init; }
    [JsonPropertyName("latest_expiration_time"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? LatestExpirationTime { get; init; }
    [JsonPropertyName("settlement_ts"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? SettlementTime { get; init; }
    [JsonPropertyName("occurrence_datetime"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? OccurrenceTime { get; init; }
    [JsonPropertyName("settlement_timer_seconds")] public long? SettlementTimerSeconds { get; init; }
    [JsonPropertyName("can_close_early")] public bool? CanCloseEarly { get; init; }

    [JsonPropertyName("yes_bid_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesBidDollars { get; init; }
    [JsonPropertyName("yes_ask_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesAskDollars { get; init; }
    [JsonPropertyName("no_bid_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NoBidDollars { get; init; }
    [JsonPropertyName("no_ask_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NoAskDollars { get; init; }
    [JsonPropertyName("last_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? LastPriceDollars { get; init; }
    [JsonPropertyName("previous_yes_bid_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? PreviousYesBidDollars { get; init; }
    [JsonPropertyName("previous_yes_ask_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? PreviousYesAskDollars { get; init; }
    [JsonPropertyName("previous_price_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? PreviousPriceDollars { get; init; }
    [JsonPropertyName("notional_value_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? NotionalValueDollars { get; init; }
    [JsonPropertyName("liquidity_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? LiquidityDollars { get; init; }
    [JsonPropertyName("settlement_value_dollars"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? SettlementValueDollars { get; init; }
    [JsonPropertyName("yes_bid_size_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesBidSizeFp { get; init; }
    [JsonPropertyName("yes_ask_size_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? YesAskSizeFp { get; init; }
    [JsonPropertyName("volume_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? VolumeFp { get; init; }
    [JsonPropertyName("volume_24h_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Volume24hFp { get; init; }
    [JsonPropertyName("open_interest_fp"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OpenInterestFp { get; init; }

    [JsonPropertyName("expiration_value")] public string? ExpirationValue { get; init; }
    [JsonPropertyName("strike_type")] public string? StrikeType { get; init; }
    [JsonPropertyName("floor_strike"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? FloorStrike { get; init; }
    [JsonPropertyName("cap_strike"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? CapStrike { get; init; }
    [JsonPropertyName("rules_primary")] public string? RulesPrimary { get; init; }
    [JsonPropertyName("rules_secondary")] public string? RulesSecondary { get; init; }
    [JsonPropertyName("mve_collection_ticker")] public string? MveCollectionTicker { get; init; }
    [JsonPropertyName("price_level_structure")] public string? PriceLevelStructure { get; init; }
    [JsonPropertyName("price_ranges")] public IReadOnlyList<KalshiPriceRange>? PriceRanges { get; init; }
    [JsonPropertyName("is_provisional")] public bool? IsProvisional { get; init; }
    [JsonPropertyName("exchange_index")] public int? ExchangeIndex { get; init; }

    // Legacy integer fields (cents / whole contracts), removed by Kalshi on 2026-03-12: tolerated, never required.
    [JsonPropertyName("yes_bid")] public long? LegacyYesBidCents { get; init; }
    [JsonPropertyName("yes_ask")] public long? LegacyYesAskCents { get; init; }
    [JsonPropertyName("no_bid")] public long? LegacyNoBidCents { get; init; }
    [JsonPropertyName("no_ask")] public long? LegacyNoAskCents { get; init; }
    [JsonPropertyName("last_price")] public long? LegacyLastPriceCents { get; init; }
    [JsonPropertyName("volume")] public long? LegacyVolume { get; init; }
    [JsonPropertyName("volume_24h")] public long? LegacyVolume24h { get; init; }
    [JsonPropertyName("open_interest")] public long? LegacyOpenInterest { get; init; }
    [JsonPropertyName("liquidity")] public long? LegacyLiquidityCents { get; init; }
    [JsonPropertyName("tick_size")] public long? LegacyTickSizeCents { get; init; }

    /// <summary>YES bid as a probability, from the dollar field or, in old data, the cent field.</summary>
    [JsonIgnore] public decimal? YesBid => YesBidDollars ?? Cents(LegacyYesBidCents);
    [JsonIgnore] public decimal? YesAsk => YesAskDollars ?? Cents(LegacyYesAskCents);
    [JsonIgnore] public decimal? NoBid => NoBidDollars ?? Cents(LegacyNoBidCents);
    [JsonIgnore] public decimal? NoAsk => NoAskDollars ?? Cents(LegacyNoAskCents);
    [JsonIgnore] public decimal? LastPrice => LastPriceDollars ?? Cents(LegacyLastPriceCents);
    [JsonIgnore] public decimal? Volume => VolumeFp ?? LegacyVolume;
    [JsonIgnore] public decimal? OpenInterest => OpenInterestFp ?? LegacyOpenInterest;

    private static decimal? Cents(long? cents) => cents / 100m;
}

/// <summary>A band of valid prices: from <see cref="Start"/> to <see cref="End"/> in steps of <see cref="Step"/> (dollars).</summary>
public sealed record KalshiPriceRange
{
    [JsonPropertyName("start"), JsonConverter(typeof(DecimalStringConverter))] public decimal Start { get; init; }
    [JsonPropertyName("end"), JsonConverter(typeof(DecimalStringConverter))] public decimal End { get; init; }
    [JsonPropertyName("step"), JsonConverter(typeof(DecimalStringConverter))] public decimal Step { get; init; }
}
