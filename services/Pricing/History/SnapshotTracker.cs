using System.Collections.Concurrent;
using Ito.Pricing.Prices;
using Microsoft.Extensions.Options;

namespace Ito.Pricing.History;

/// <summary>
/// Remembers each basket's last snapshot price so a big move (at least <see cref="PricingOptions.SnapshotThreshold"/>)
/// is snapshotted at once instead of waiting for the next scheduled snapshot.
/// </summary>
public sealed class SnapshotTracker(IOptions<PricingOptions> options)
{
    private readonly ConcurrentDictionary<Guid, decimal> lastSnapshot = new();

    public bool IsBigMove(BasketPrice price) =>
        price.Price is { } p && (!lastSnapshot.TryGetValue(price.BasketId, out var last) || Math.Abs(p - last) >= options.Value.SnapshotThreshold);

    public void Taken(Guid basketId, decimal price) => lastSnapshot[basketId] = price;

    public void Forget(Guid basketId) => lastSnapshot.TryRemove(basketId, out _);
}
