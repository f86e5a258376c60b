namespace Ito.ExchangeSimulator.Universe;

/// <summary>A price level, best first in the lists the simulator works with.</summary>
internal readonly record struct Level(decimal Price, decimal Size);

/// <summary>
/// Market-maker liquidity around the current price: several levels a side, best bid below best ask, sizes that
/// depend on the price level (so a level keeps its size while the price wanders around it).
/// </summary>
internal static class SyntheticBook
{
    public static (List<Level> Bids, List<Level> Asks) Build(SimMarket market, decimal lastPrice)
    {
        var bids = new List<Level>();
        var asks = new List<Level>();
        if (market.Phase != MarketPhase.Open || market.Removed) return (bids, asks);

        var tick = market.TickSize;
        var levels = market.Venue == Venue.Kalshi ? 8 : 10;
        var h = DeterministicRandom.Hash(market.Seed, 0xB00C, (ulong)(lastPrice / tick));
        // Near 0 or 1 the quote is pushed inside (0, 1) so both sides always have a level.
        var bestBid = Math.Clamp(lastPrice - tick * (1 + (int)(h % 2)), tick, 1 - 2 * tick);
        var bestAsk = Math.Clamp(lastPrice + tick * (1 + (int)(h / 2 % 2)), bestBid + tick, 1 - tick);
        var baseSize = 20 + 2000 * DeterministicRandom.Unit(market.Seed, 0xB45E);

        var price = bestBid;
        for (var i = 0; i < levels && price >= tick; i++)
        {
            bids.Add(new Level(price, SizeAt(market, price, i, baseSize)));
            price -= tick * StepAt(market, price);
        }
        price = bestAsk;
        for (var i = 0; i < levels && price <= 1 - tick; i++)
        {
            asks.Add(new Level(price, SizeAt(market, price, i, baseSize)));
            price += tick * StepAt(market, price);
        }
        return (bids, asks);
    }

    private static int StepAt(SimMarket market, decimal price) =>
        DeterministicRandom.Unit(market.Seed, 0x57E9, (ulong)(price * 10_000)) < 0.25 ? 2 : 1;

    private static decimal SizeAt(SimMarket market, decimal price, int depth, double baseSize)
    {
        var noise = 0.3 + 1.4 * DeterministicRandom.Unit(market.Seed, 0x512E, (ulong)(price * 10_000));
        var size = (decimal)(baseSize * noise * (1 + depth * 0.35));
        // Kalshi books hold whole contracts here; Polymarket sizes carry two decimals.
        return market.Venue == Venue.Kalshi ? Math.Max(1, Math.Round(size)) : Math.Max(market.MinOrderSize, Math.Round(size, 2));
    }
}
