using System.Text.Json;
using Ito.Contracts;

namespace Ito.Pricing.Prices;

/// <summary>A basket price as the API, Redis and the stream show it.</summary>
/// <param name="Price">Null while <paramref name="IsComplete"/> is false: some leg has no price yet.</param>
/// <param name="PricedWeight">Share of the basket's weight whose legs are priced (1 when complete).</param>
/// <param name="Source">Where the answer came from: <c>redis</c>, <c>postgres</c> or <c>live</c> (the stream).</param>
public sealed record BasketPriceView(
    Guid BasketId,
    decimal? Price,
    bool IsComplete,
    decimal PricedWeight,
    DateTimeOffset AsOf,
    IReadOnlyList<LegPriceView> Legs,
    string Source)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BasketPriceView From(BasketPrice price, string source) => new(
        price.BasketId, price.Price, price.IsComplete, price.PricedWeight, price.AsOf,
        price.Legs.Select(LegPriceView.From).ToArray(), source);

    public static string LegsJson(BasketPrice price) => JsonSerializer.Serialize(price.Legs.Select(LegPriceView.From), Json);

    public static IReadOnlyList<LegPriceView> ParseLegs(string json) => JsonSerializer.Deserialize<LegPriceView[]>(json, Json) ?? [];
}

/// <param name="Weight">Normalized: a basket's weights sum to 1.</param>
/// <param name="YesPrice">The market's YES price; null while it has none.</param>
/// <param name="SidePrice">The price of the side held (1 − YES for a NO leg); null while the market has no price.</param>
public sealed record LegPriceView(string MarketId, string Side, decimal Weight, decimal? YesPrice, decimal? SidePrice)
{
    public static LegPriceView From(LegPrice leg) => new(leg.MarketId.ToString(), leg.Side == Contracts.Side.Yes ? "yes" : "no", leg.Weight, leg.YesPrice, leg.SidePrice);
}
