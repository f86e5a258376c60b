namespace Ito.Pricing.History;

/// <summary>
/// One backfilled OHLC bar of a basket (table <c>basket_history</c>, unique on basket + interval + bucket start, so
/// a re-run overwrites instead of duplicating). <see cref="Filled"/> marks a bar where at least one leg had no venue
/// data and carried its previous close forward.
/// </summary>
public sealed class BasketHistoryBar
{
    public Guid BasketId { get; set; }
    public required string Interval { get; set; }
    public DateTimeOffset BucketStart { get; set; }
    public decimal Open { get; set; }
    public decimal High { get; set; }
    public decimal Low { get; set; }
    public decimal Close { get; set; }
    public bool Filled { get; set; }
}
