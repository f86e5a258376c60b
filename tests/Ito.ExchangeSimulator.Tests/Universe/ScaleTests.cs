using System.Diagnostics;
using Ito.ExchangeSimulator.Universe;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Tests.Universe;

public sealed class ScaleTests
{
    [Fact]
    public void A_100k_market_universe_builds_quickly_in_bounded_memory()
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var universe = new MarketUniverse(Options.Create(new SimulatorOptions { MarketCount = 100_000, Seed = 5 }), TimeProvider.System);
        clock.Stop();
        var used = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(100_000, universe.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"built in {clock.Elapsed}");
        Assert.True(used < 1_000_000_000, $"{used / 1_000_000} MB");
        Assert.Equal(universe.KalshiMarkets.Length, universe.KalshiMarkets.Select(m => m.Id).Distinct().Count());
        Assert.Equal(universe.PolymarketMarkets.Length, universe.PolymarketMarkets.Select(m => m.YesTokenId).Distinct().Count());
        Console.WriteLine($"100k markets: {clock.ElapsedMilliseconds} ms, {used / 1_000_000} MB");
        GC.KeepAlive(universe);
    }
}
