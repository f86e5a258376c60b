namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// Price history computed on demand instead of stored (400 days × 100k markets would not fit): a sum of smooth
/// value-noise octaves in logit space, keyed by the market seed, shifted so the path ends exactly at the price
/// the market shows now (or at settlement for closed markets).
/// </summary>
internal static class PriceHistory
{
    // Amplitude grows with the square root of the time scale, like a random walk.
    private static readonly (double Seconds, double Amplitude)[] Octaves =
    [
        (300, 0.02), (3_600, 0.05), (6 * 3_600, 0.1), (86_400, 0.18), (7 * 86_400, 0.35), (30 * 86_400, 0.6), (120 * 86_400, 0.9),
    ];

    /// <summary>The instant the path ends: now for live markets, the close for finished ones.</summary>
    public static DateTimeOffset EndOf(SimMarket market, DateTimeOffset now) =>
        market.Phase is MarketPhase.Closed or MarketPhase.Settled && market.Close < now ? market.Close : now;

    public static decimal EndPrice(SimMarket market)
    {
        lock (market.State.Gate) return market.State.LastPrice;
    }

    /// <summary>YES price at <paramref name="time"/>, unrounded, given the path's end.</summary>
    public static double PriceAt(SimMarket market, DateTimeOffset time, DateTimeOffset end, decimal endPrice)
    {
        if (time >= end) return (double)endPrice;
        var endLogit = PriceMath.Logit(Math.Clamp((double)endPrice, 0.003, 0.997));
        var logit = endLogit + Noise(market.Seed, time.ToUnixTimeSeconds()) - Noise(market.Seed, end.ToUnixTimeSeconds());
        return PriceMath.Sigmoid(logit);
    }

    private static double Noise(ulong seed, double t)
    {
        var sum = 0.0;
        for (var octave = 0; octave < Octaves.Length; octave++)
        {
            var (seconds, amplitude) = Octaves[octave];
            var x = t / seconds;
            var i = Math.Floor(x);
            var f = x - i;
            var smooth = f * f * (3 - 2 * f);
            var a = DeterministicRandom.Unit(seed, (ulong)octave, (ulong)(long)i) * 2 - 1;
            var b = DeterministicRandom.Unit(seed, (ulong)octave, (ulong)(long)(i + 1)) * 2 - 1;
            sum += amplitude * (a + (b - a) * smooth);
        }
        return sum;
    }

    /// <summary>Deterministic traded volume for a period, scaled to the market's lifetime volume.</summary>
    public static decimal VolumeIn(SimMarket market, long periodEnd, int periodMinutes, decimal lifetimeVolume)
    {
        var lifetimeMinutes = Math.Max(1.0, (market.Close - market.Open).TotalMinutes);
        var mean = (double)lifetimeVolume * periodMinutes / lifetimeMinutes;
        return Math.Round((decimal)(mean * 2 * DeterministicRandom.Unit(market.Seed, 0x701, (ulong)periodEnd)));
    }
}
