using System.Collections.Concurrent;
using System.Collections.Frozen;
using Ito.Contracts;

namespace Ito.Pricing.Prices;

/// <summary>
/// The live state in memory: each market's latest YES quote, each basket's legs and latest price, and the index
/// market → baskets holding it, so a tick reprices only the baskets it touches. Rebuilt from Postgres at start-up
/// (<see cref="PricingBookLoader"/>) and kept current by the market and basket consumers.
/// </summary>
public sealed class PricingBook
{
    private readonly ConcurrentDictionary<MarketId, MarketQuote> quotes = new();
    private readonly ConcurrentDictionary<Guid, BasketDefinition> baskets = new();
    private readonly ConcurrentDictionary<Guid, BasketPrice> latest = new();

    // Readers take the array as it is; writers replace it under the lock (copy-on-write), so a tick never waits
    // for a basket event and never sees a half-edited list.
    private readonly ConcurrentDictionary<MarketId, Guid[]> basketsByMarket = new();
    private readonly Lock indexLock = new();
    private readonly Func<MarketId, MarketQuote?> quoteOf;

    public PricingBook() => quoteOf = Quote;

    public int BasketCount => baskets.Count;

    public bool HasBasket(Guid basketId) => baskets.ContainsKey(basketId);

    public BasketDefinition? Basket(Guid basketId) => baskets.GetValueOrDefault(basketId);

    public BasketPrice? LatestPrice(Guid basketId) => latest.GetValueOrDefault(basketId);

    public IReadOnlyCollection<BasketPrice> LatestPrices() => latest.Values.ToArray();

    public IReadOnlyList<Guid> BasketsHolding(MarketId marketId) => basketsByMarket.GetValueOrDefault(marketId) ?? [];

    public MarketQuote? Quote(MarketId marketId) => quotes.TryGetValue(marketId, out var q) ? q : null;

    /// <summary>Takes a quote unless a newer one is already held (venue messages can arrive out of order).</summary>
    public bool TryApplyQuote(MarketId marketId, MarketQuote quote)
    {
        while (true)
        {
            if (!quotes.TryGetValue(marketId, out var held))
            {
                if (quotes.TryAdd(marketId, quote)) return true;
                continue;
            }
            if (held.At > quote.At) return false;
            if (quotes.TryUpdate(marketId, quote, held)) return true;
        }
    }

    /// <summary>
    /// Reprices every basket holding the market; returns those whose price (or completeness) differs from the one
    /// remembered. Nothing is remembered until <see cref="Remember"/>: a transaction that rolls back and is retried
    /// must find the same prices still "changed".
    /// </summary>
    public IReadOnlyList<BasketPrice> RepriceBasketsHolding(MarketId marketId) =>
        PriceBasketsHolding(marketId).Where(DiffersFromLatest).ToList();

    /// <summary>Every basket holding the market, priced from the quotes held now, changed or not; nothing remembered.</summary>
    public IReadOnlyList<BasketPrice> PriceBasketsHolding(MarketId marketId)
    {
        var holders = BasketsHolding(marketId);
        var prices = new List<BasketPrice>(holders.Count);
        foreach (var basketId in holders)
        {
            if (Reprice(basketId) is { } price) prices.Add(price);
        }
        return prices;
    }

    public bool DiffersFromLatest(BasketPrice price) => !SamePrice(latest.GetValueOrDefault(price.BasketId), price);

    /// <summary>The basket's price from the quotes held now, not yet remembered.</summary>
    public BasketPrice? Reprice(Guid basketId) =>
        baskets.TryGetValue(basketId, out var basket) ? BasketPriceCalculator.Calculate(basketId, basket.Legs, basket.NormalizedWeights, quoteOf) : null;

    /// <summary>Makes a committed price the latest; true when it differs from the one held.</summary>
    public bool Remember(BasketPrice price)
    {
        if (!baskets.ContainsKey(price.BasketId)) return false;
        var before = latest.GetValueOrDefault(price.BasketId);
        latest[price.BasketId] = price;
        return !SamePrice(before, price);
    }

    private static bool SamePrice(BasketPrice? before, BasketPrice after) =>
        before is not null && before.Price == after.Price && before.IsComplete == after.IsComplete && before.PricedWeight == after.PricedWeight;

    /// <summary>Adds or replaces a basket's legs and keeps the market index in step.</summary>
    public void SetBasket(BasketDefinition basket)
    {
        lock (indexLock)
        {
            var before = baskets.TryGetValue(basket.BasketId, out var old) ? old.Legs.Select(l => l.MarketId).ToFrozenSet() : FrozenSet<MarketId>.Empty;
            var after = basket.Legs.Select(l => l.MarketId).ToFrozenSet();
            foreach (var removed in before.Except(after)) Unindex(removed, basket.BasketId);
            foreach (var added in after.Except(before)) Index(added, basket.BasketId);
            baskets[basket.BasketId] = basket;
        }
    }

    public void RemoveBasket(Guid basketId)
    {
        lock (indexLock)
        {
            if (!baskets.TryRemove(basketId, out var old)) return;
            foreach (var leg in old.Legs) Unindex(leg.MarketId, basketId);
            latest.TryRemove(basketId, out _);
        }
    }

    /// <summary>Start-up only: a quote from the database, older ones never overwriting newer.</summary>
    public void LoadQuote(MarketId marketId, MarketQuote quote) => TryApplyQuote(marketId, quote);

    private void Index(MarketId marketId, Guid basketId) =>
        basketsByMarket.AddOrUpdate(marketId, [basketId], (_, ids) => ids.Contains(basketId) ? ids : [.. ids, basketId]);

    private void Unindex(MarketId marketId, Guid basketId)
    {
        if (!basketsByMarket.TryGetValue(marketId, out var ids)) return;
        var rest = ids.Where(id => id != basketId).ToArray();
        if (rest.Length == 0) basketsByMarket.TryRemove(marketId, out _);
        else basketsByMarket[marketId] = rest;
    }
}
