using System.Globalization;
using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Gamma;

/// <summary>
/// A Gamma market (one binary question with a YES and a NO token). Quirks kept in the types: <c>outcomes</c>,
/// <c>outcomePrices</c> and <c>clobTokenIds</c> are JSON arrays encoded inside strings; <c>liquidity</c> and
/// <c>volume</c> are decimal strings here but numbers on events; <c>positionIds</c> is a native array.
/// </summary>
public sealed record GammaMarket
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("question")] public string? Question { get; init; }
    [JsonPropertyName("conditionId")] public string? ConditionId { get; init; }
    [JsonPropertyName("questionID")] public string? QuestionId { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("resolutionSource")] public string? ResolutionSource { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }
    [JsonPropertyName("icon")] public string? Icon { get; init; }

    [JsonPropertyName("startDate"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? StartDate { get; init; }
    [JsonPropertyName("endDate"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? EndDate { get; init; }
    [JsonPropertyName("createdAt"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("closedTime"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? ClosedTime { get; init; }

    [JsonPropertyName("outcomes"), JsonConverter(typeof(JsonEncodedStringListConverter))] public IReadOnlyList<string> Outcomes { get; init; } = [];
    /// <summary>Kept as sent: some carry 40 decimals, more than <see cref="decimal"/> holds; see <see cref="OutcomePriceValues"/>.</summary>
    [JsonPropertyName("outcomePrices"), JsonConverter(typeof(JsonEncodedStringListConverter))] public IReadOnlyList<string> OutcomePrices { get; init; } = [];
    /// <summary>The CLOB token ids (uint256 as decimal strings), index-aligned with <see cref="Outcomes"/>.</summary>
    [JsonPropertyName("clobTokenIds"), JsonConverter(typeof(JsonEncodedStringListConverter))] public IReadOnlyList<string> ClobTokenIds { get; init; } = [];
    [JsonPropertyName("positionIds")] public IReadOnlyList<string>? PositionIds { get; init; }
    [JsonPropertyName("umaResolutionStatuses"), JsonConverter(typeof(JsonEncodedStringListConverter))] public IReadOnlyList<string> UmaResolutionStatuses { get; init; } = [];

    [JsonPropertyName("liquidity"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Liquidity { get; init; }
    [JsonPropertyName("volume"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Volume { get; init; }
    [JsonPropertyName("liquidityNum"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? LiquidityNum { get; init; }
    [JsonPropertyName("volumeNum"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? VolumeNum { get; init; }
    [JsonPropertyName("volume24hr"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Volume24hr { get; init; }
    [JsonPropertyName("bestBid"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? BestBid { get; init; }
    [JsonPropertyName("bestAsk"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? BestAsk { get; init; }
    [JsonPropertyName("lastTradePrice"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? LastTradePrice { get; init; }
    [JsonPropertyName("spread"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Spread { get; init; }
    [JsonPropertyName("orderPriceMinTickSize"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OrderPriceMinTickSize { get; init; }
    [JsonPropertyName("orderMinSize"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OrderMinSize { get; init; }

    [JsonPropertyName("active")] public bool? Active { get; init; }
    [JsonPropertyName("closed")] public bool? Closed { get; init; }
    [JsonPropertyName("archived")] public bool? Archived { get; init; }
    [JsonPropertyName("restricted")] public bool? Restricted { get; init; }
    [JsonPropertyName("enableOrderBook")] public bool? EnableOrderBook { get; init; }
    [JsonPropertyName("acceptingOrders")] public bool? AcceptingOrders { get; init; }
    [JsonPropertyName("negRisk")] public bool? NegRisk { get; init; }
    [JsonPropertyName("negRiskOther")] public bool? NegRiskOther { get; init; }
    [JsonPropertyName("feesEnabled")] public bool? FeesEnabled { get; init; }
    [JsonPropertyName("feeType")] public string? FeeType { get; init; }
    [JsonPropertyName("feeSchedule")] public GammaFeeSchedule? FeeSchedule { get; init; }
    [JsonPropertyName("groupItemTitle")] public string? GroupItemTitle { get; init; }
    [JsonPropertyName("groupItemThreshold")] public string? GroupItemThreshold { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<GammaTag>? Tags { get; init; }
    [JsonPropertyName("events")] public IReadOnlyList<GammaEvent>? Events { get; init; }

    /// <summary>Outcome prices as decimals (rounded to what <see cref="decimal"/> holds); null where unparsable.</summary>
    [JsonIgnore]
    public IReadOnlyList<decimal?> OutcomePriceValues => OutcomePrices
        .Select(p => decimal.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
        .ToList();

    /// <summary>The token id of an outcome ("Yes"/"No"), matched case-insensitively, or null.</summary>
    public string? TokenIdFor(string outcome)
    {
        for (var i = 0; i < Outcomes.Count && i < ClobTokenIds.Count; i++)
        {
            if (string.Equals(Outcomes[i], outcome, StringComparison.OrdinalIgnoreCase))
            {
                return ClobTokenIds[i];
            }
        }

        return null;
    }
}

public sealed record GammaFeeSchedule
{
    [JsonPropertyName("exponent"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Exponent { get; init; }
    [JsonPropertyName("rate"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Rate { get; init; }
    [JsonPropertyName("takerOnly")] public bool? TakerOnly { get; init; }
    [JsonPropertyName("rebateRate"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? RebateRate { get; init; }
}

public sealed record GammaTag
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
}
