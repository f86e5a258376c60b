using System.Globalization;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>Probability arithmetic and the venues' number formats.</summary>
internal static class PriceMath
{
    public static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-4, 1 - 1e-4);
        return Math.Log(p / (1 - p));
    }

    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    public static decimal RoundToTick(decimal price, decimal tick) => Clamp(Math.Round(price / tick, MidpointRounding.AwayFromZero) * tick, tick);

    /// <summary>Keeps a live price strictly inside (0, 1) on the tick grid.</summary>
    public static decimal Clamp(decimal price, decimal tick) => Math.Clamp(price, tick, 1 - tick);

    public static bool IsOnTick(decimal price, decimal tick) => price % tick == 0;

    /// <summary>Kalshi FixedPointDollars, as served: four decimals ("0.5600").</summary>
    public static string Dollars(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Kalshi FixedPointCount, as served: two decimals ("10.00").</summary>
    public static string Count(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Polymarket decimal strings drop trailing zeros ("0.5", "37768", "1502655.75").</summary>
    public static string Trim(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);
}
