using System.Globalization;

namespace Ito.Web.Components.Shared;

/// <summary>How the site writes numbers; wwwroot/js/site.js writes live prices the same way.</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>A probability price (0–1) in cents: 0.425 → "42.5¢"; "—" when there is none.</summary>
    public static string Cents(decimal? price) => price is { } p ? (p * 100).ToString("0.0", Culture) + "¢" : "—";

    public static string Dollars(decimal? amount) =>
        amount is { } a ? (a < 0 ? "−$" : "$") + Math.Abs(a).ToString("#,##0.00", Culture) : "—";

    /// <summary>A signed dollar change, so gains and losses read differently without relying on colour.</summary>
    public static string SignedDollars(decimal? amount) => amount switch
    {
        null => "—",
        > 0 => "+" + Dollars(amount),
        _ => Dollars(amount),
    };

    /// <summary>A share (0–1) as a percentage: 0.3333 → "33.3%".</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", Culture) + "%" : "—";

    public static string When(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Culture) : "—";

    public static string Day(DateTimeOffset? at) => at is { } t ? t.UtcDateTime.ToString("d MMM yyyy", Culture) : "—";
}
