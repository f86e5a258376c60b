namespace Ito.Pricing.Prices;

/// <summary>
/// A basket's latest price in Postgres (table <c>latest_basket_prices</c>): what <c>GET …/price</c> serves when
/// Redis is unavailable. <see cref="LegsJson"/> holds the per-leg breakdown as the API shows it.
/// </summary>
public sealed class LatestBasketPrice
{
    public Guid BasketId { get; set; }
    public decimal? Price { get; set; }
    public bool IsComplete { get; set; }
    public decimal PricedWeight { get; set; }
    public DateTimeOffset AsOf { get; set; }
    public required string LegsJson { get; set; }
}
