using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Kalshi.Models;

/// <summary>
/// Kalshi's book holds BIDS ONLY on both sides, ascending by price (best bid LAST). A YES ask is the complement of
/// the best NO bid: someone bidding 0.40 for NO is offering YES at 0.60.
/// </summary>
public sealed record KalshiOrderbook
{
    [JsonPropertyName("yes_dollars"), JsonConverter(typeof(PairPriceLevelListConverter))] public IReadOnlyList<PriceLevel> YesBids { get; init; } = [];
    [JsonPropertyName("no_dollars"), JsonConverter(typeof(PairPriceLevelListConverter))] public IReadOnlyList<PriceLevel> NoBids { get; init; } = [];

    [JsonIgnore] public PriceLevel? BestYesBid => BookSide.Best(YesBids);
    [JsonIgnore] public PriceLevel? BestNoBid => BookSide.Best(NoBids);

    /// <summary>The best YES ask implied by the best NO bid (price 1 − NO bid, same size).</summary>
    [JsonIgnore] public PriceLevel? BestYesAsk => BestNoBid is { } no ? new PriceLevel(1m - no.Price, no.Size) : null;
}

public sealed record KalshiOrderbookResponse
{
    [JsonPropertyName("orderbook_fp")] public KalshiOrderbook Orderbook { get; init; } = new();
}

public sealed record KalshiMarketOrderbook
{
    [JsonPropertyName("ticker")] public string Ticker { get; init; } = "";
    [JsonPropertyName("orderbook_fp")] public KalshiOrderbook Orderbook { get; init; } = new();
}

public sealed record KalshiMarketOrderbooksResponse
{
    [JsonPropertyName("orderbooks")] public IReadOnlyList<KalshiMarketOrderbook> Orderbooks { get; init; } = [];
}
