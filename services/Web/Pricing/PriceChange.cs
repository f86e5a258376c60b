using System.Globalization;

namespace Ito.Web.Pricing;

/// <summary>
/// A price change (in probability units) written with its sign and a word-bearing arrow, so a rise and a fall read
/// differently without colour: +0.034 → "▲ +3.4¢", −0.01 → "▼ −1.0¢".
/// </summary>
public static class PriceChange
{
    public static string Text(decimal? change) => change switch
    {
        null => "—",
        > 0 => "▲ +" + Cents(change.Value),
        < 0 => "▼ −" + Cents(-change.Value),
        _ => "■ 0.0¢",
    };

    /// <summary>What a screen reader says for the change.</summary>
    public static string Spoken(decimal? change) => change switch
    {
        null => "no change known",
        > 0 => "up " + Cents(change.Value),
        < 0 => "down " + Cents(-change.Value),
        _ => "unchanged",
    };

    /// <summary>The <c>gain</c> / <c>loss</c> class: colour on top of the sign, never instead of it.</summary>
    public static string CssClass(decimal? change) => change switch
    {
        > 0 => "gain",
        < 0 => "loss",
        _ => "",
    };

    private static string Cents(decimal probability) => (probability * 100).ToString("0.0", CultureInfo.InvariantCulture) + "¢";
}
