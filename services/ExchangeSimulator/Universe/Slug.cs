using System.Text;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>Polymarket-style URL slugs: lower-case ASCII words joined by hyphens.</summary>
internal static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(ch));
                pendingHyphen = false;
            }
            else if (ch == ',' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && !pendingHyphen)
            {
                // Thousands separators vanish: "$90,000" → "90000".
            }
            else if (ch == '.' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]))
            {
                // "5.5" becomes "5pt5" on Polymarket, keeping thresholds distinct.
                builder.Append("pt");
            }
            else if (char.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }
        return builder.ToString();
    }
}
