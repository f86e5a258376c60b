using System.Text.Json.Serialization;
using Ito.Venues.Json;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>
/// A CLOB book for one token. The docs say bids descend and asks ascend, but the live service sends bids ASCENDING
/// and asks DESCENDING: the best price of each side is the LAST element. Use <see cref="BestBid"/>/<see cref="BestAsk"/>.
/// </summary>
public sealed record ClobOrderBook
{
    [JsonPropertyName("market")] public string Market { get; init; } = "";
    [JsonPropertyName("asset_id")] public string AssetId { get; init; } = "";
    /// <summary>Milliseconds since the epoch, as the string the CLOB sent (it enters the book hash verbatim).</summary>
    [JsonPropertyName("timestamp")] public string Timestamp { get; init; } = "";
    [JsonPropertyName("hash")] public string Hash { get; init; } = "";
    [JsonPropertyName("bids"), JsonConverter(typeof(ObjectPriceLevelListConverter))] public IReadOnlyList<PriceLevel> Bids { get; init; } = [];
    [JsonPropertyName("asks"), JsonConverter(typeof(ObjectPriceLevelListConverter))] public IReadOnlyList<PriceLevel> Asks { get; init; } = [];
    [JsonPropertyName("min_order_size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? MinOrderSize { get; init; }
    [JsonPropertyName("tick_size"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? TickSize { get; init; }
    [JsonPropertyName("neg_risk")] public bool NegRisk { get; init; }
    [JsonPropertyName("last_trade_price"), JsonConverter(typeof(NullableDecimalStringConverter))] public decimal? LastTradePrice { get; init; }

    [JsonIgnore] public PriceLevel? BestBid => BookSide.Best(Bids);
    [JsonIgnore] public PriceLevel? BestAsk => BookSide.Best(Asks);

    [JsonIgnore] public DateTimeOffset? Time => long.TryParse(Timestamp, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
