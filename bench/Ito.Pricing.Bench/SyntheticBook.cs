using Ito.Contracts;
using Ito.Pricing.Prices;

namespace Ito.Pricing.Bench;

/// <summary>
/// A seeded universe: <c>markets</c> markets and <c>baskets</c> baskets of 2 to 50 legs, plus two marked markets — a hot
/// one held by <see cref="HotBaskets"/> baskets and a cold one held by exactly one — for the side-by-side figure.
/// </summary>
internal sealed class SyntheticBook
{
    public const int HotBaskets = 500;

    public PricingBook Book { get; } = new();
    public MarketId[] Markets { get; }
    public MarketId Hot { get; }
    public MarketId Cold { get; }

    public SyntheticBook(int markets, int baskets, int seed = 20261126)
    {
        var random = new Random(seed);
        Markets = Enumerable.Range(0, markets).Select(i => MarketId.For(i % 2 == 0 ? Venue.Kalshi : Venue.Polymarket, $"BENCH-{i:D5}")).ToArray();
        Hot = MarketId.For(Venue.Kalshi, "BENCH-HOT");
        Cold = MarketId.For(Venue.Kalshi, "BENCH-COLD");
        var now = DateTimeOffset.UtcNow;
        foreach (var market in Markets.Append(Hot).Append(Cold)) Book.TryApplyQuote(market, new MarketQuote(Math.Round((decimal)random.NextDouble(), 2), now));

        for (var b = 0; b < baskets; b++)
        {
            var legCount = random.Next(2, 51);
            var legs = Enumerable.Range(0, legCount)
                .Select(_ => Markets[random.Next(Markets.Length)])
                .Distinct()
                .Select(m => new BasketLeg(m, random.Next(2) == 0 ? Side.Yes : Side.No, random.Next(1, 10)))
                .ToList();
            if (b < HotBaskets) legs.Add(new BasketLeg(Hot, Side.Yes, 1));
            if (b == HotBaskets) legs.Add(new BasketLeg(Cold, Side.Yes, 1));
            var basketId = Guid.NewGuid();
            Book.SetBasket(new BasketDefinition(basketId, legs));
            Book.Remember(Book.Reprice(basketId)!);
        }
    }
}
