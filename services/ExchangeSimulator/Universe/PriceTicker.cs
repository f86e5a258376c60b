using Ito.ExchangeSimulator.Matching;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// Moves a random share of open markets every tick (a random walk in logit space), refreshing their synthetic books
/// and printing a public trade, then lets the new quotes take any user order they now cross.
/// </summary>
internal sealed class PriceTicker(
    MarketUniverse universe, OrderBooks books, TradeTape tape, IOptions<SimulatorOptions> options, TimeProvider time,
    ILogger<PriceTicker> logger) : BackgroundService
{
    private long _tick;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.TickIntervalMs;
        if (interval <= 0)
        {
            logger.LogInformation("Price ticks disabled (Simulator:TickIntervalMs = 0)");
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interval), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Tick();
        }
    }

    public void Tick()
    {
        var tick = Interlocked.Increment(ref _tick);
        var rng = new DeterministicRandom(DeterministicRandom.Hash(universe.Seed, 0x71C4, (ulong)tick));
        var now = time.GetUtcNow();
        foreach (var markets in new[] { universe.KalshiMarkets, universe.PolymarketMarkets })
        {
            var moves = Math.Max(1, (int)(markets.Length * options.Value.TickFraction));
            for (var i = 0; i < moves && markets.Length > 0; i++)
            {
                var market = markets[rng.Next(markets.Length)];
                if (!market.IsTradable) continue;
                Move(market, ref rng, now);
            }
        }
        foreach (var book in books.WithRestingOrders) book.SweepCrossed();
    }

    private void Move(SimMarket market, ref DeterministicRandom rng, DateTimeOffset now)
    {
        var state = market.State;
        lock (state.Gate)
        {
            state.Logit = Math.Clamp(state.Logit + rng.NextGaussian() * 0.08, -4.5, 4.5);
            var price = PriceMath.RoundToTick((decimal)PriceMath.Sigmoid(state.Logit), market.TickSize);
            state.BookVersion++;
            if (price == state.LastPrice) return;
            var count = market.Venue == Venue.Kalshi ? rng.Next(1, 250) : Math.Round((decimal)(rng.NextDouble() * 500) + 5, 2);
            var boughtYes = price > state.LastPrice;
            state.PreviousPrice = state.LastPrice;
            state.LastPrice = price;
            state.Volume += count;
            state.Volume24h += count;
            state.Updated = now;
            tape.Record(market, price, count, boughtYes, now);
        }
    }
}
