namespace Ito.ExchangeSimulator.Universe;

/// <summary>
/// SplitMix64: tiny, fast and identical on every runtime, so the same seed yields the same universe everywhere
/// (System.Random's seeded algorithm is an implementation detail we should not lean on).
/// </summary>
internal struct DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal via Box–Muller.</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Stateless mix of several values into one well-distributed 64-bit hash.</summary>
    public static ulong Hash(ulong a, ulong b = 0, ulong c = 0, ulong d = 0)
    {
        var r = new DeterministicRandom(a);
        var h = r.NextUInt64() ^ b;
        r = new DeterministicRandom(h);
        h = r.NextUInt64() ^ c;
        r = new DeterministicRandom(h);
        h = r.NextUInt64() ^ d;
        r = new DeterministicRandom(h);
        return r.NextUInt64();
    }

    /// <summary>Hash mapped to [0, 1).</summary>
    public static double Unit(ulong a, ulong b = 0, ulong c = 0, ulong d = 0) => (Hash(a, b, c, d) >> 11) * (1.0 / (1UL << 53));
}
