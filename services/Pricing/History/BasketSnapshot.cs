namespace Ito.Pricing.History;

/// <summary>A basket's (complete) price at one instant (table <c>basket_snapshots</c>): the raw material of live history.</summary>
public sealed class BasketSnapshot
{
    public Guid BasketId { get; set; }
    public DateTimeOffset At { get; set; }
    public decimal Price { get; set; }
}
