using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Gamma;

/// <summary>
/// A Gamma event: one or more binary markets (a multi-outcome question is several markets; <see cref="NegRisk"/>
/// when they are mutually exclusive). Unlike markets, <c>liquidity</c>/<c>volume</c> are numbers, and
/// <c>published_at</c> is <c>"2022-07-27 14:40:02.064+00"</c>, not RFC 3339.
/// </summary>
public sealed record GammaEvent
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("ticker")] public string? Ticker { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("resolutionSource")] public string? ResolutionSource { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("subcategory")] public string? Subcategory { get; init; }
    [JsonPropertyName("image")] public string? Image { get; init; }

    [JsonPropertyName("startDate"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? StartDate { get; init; }
    [JsonPropertyName("endDate"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? EndDate { get; init; }
    [JsonPropertyName("creationDate"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreationDate { get; init; }
    [JsonPropertyName("createdAt"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? UpdatedAt { get; init; }
    [JsonPropertyName("closedTime"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? ClosedTime { get; init; }
    [JsonPropertyName("published_at"), JsonConverter(typeof(LenientDateTimeOffsetConverter))] public DateTimeOffset? PublishedAt { get; init; }

    [JsonPropertyName("active")] public bool? Active { get; init; }
    [JsonPropertyName("closed")] public bool? Closed { get; init; }
    [JsonPropertyName("archived")] public bool? Archived { get; init; }
    [JsonPropertyName("restricted")] public bool? Restricted { get; init; }
    [JsonPropertyName("negRisk")] public bool? NegRisk { get; init; }
    [JsonPropertyName("enableNegRisk")] public bool? EnableNegRisk { get; init; }
    [JsonPropertyName("negRiskMarketID")] public string? NegRiskMarketId { get; init; }

    [JsonPropertyName("liquidity"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Liquidity { get; init; }
    [JsonPropertyName("volume"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Volume { get; init; }
    [JsonPropertyName("openInterest"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? OpenInterest { get; init; }
    [JsonPropertyName("volume24hr"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? Volume24hr { get; init; }
    [JsonPropertyName("commentCount")] public long? CommentCount { get; init; }

    [JsonPropertyName("markets")] public IReadOnlyList<GammaMarket>? Markets { get; init; }
    [JsonPropertyName("series")] public IReadOnlyList<GammaSeries>? Series { get; init; }
    [JsonPropertyName("tags")] public IReadOnlyList<GammaTag>? Tags { get; init; }
}

public sealed record GammaSeries
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonPropertyName("ticker")] public string? Ticker { get; init; }
    [JsonPropertyName("slug")] public string? Slug { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
}
