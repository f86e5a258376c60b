using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace Ito.Categorization.Pipeline.Text;

/// <summary>
/// Turns venue text into one canonical form: no markup, entities decoded, lower case, accents folded, one space
/// between words, bounded length. Keywords and gazetteer names go through the same function so they match.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Default cap on normalised output; titles are short, rules text is not and only its start matters.</summary>
    public const int DefaultMaxLength = 4096;

    // Raw input beyond this is dropped before any work, so a 10 MB title costs no more than a 16 KB one.
    private const int RawInputCap = 16 * 1024;

    public static string Normalize(string? text, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var raw = text.Length > RawInputCap ? text[..RawInputCap] : text;

        if (raw.Contains('<')) raw = StripMarkup(raw);
        if (raw.Contains('&')) raw = WebUtility.HtmlDecode(raw);
        if (raw.Contains('<')) raw = StripMarkup(raw); // entities may have encoded markup (&lt;script&gt;)

        var buffer = ArrayPool<char>.Shared.Rent(raw.Length * 2 + 8);
        try
        {
            var length = 0;
            var pendingSpace = false;
            foreach (var ch in raw)
            {
                if (length >= maxLength) break;
                if (ch < 128)
                {
                    AppendAscii(ch, buffer, ref length, ref pendingSpace);
                }
                else
                {
                    AppendNonAscii(ch, buffer, ref length, ref pendingSpace, maxLength);
                }
            }
            return new string(buffer, 0, Math.Min(length, maxLength)).TrimEnd();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static void AppendAscii(char ch, char[] buffer, ref int length, ref bool pendingSpace)
    {
        if (char.IsAsciiLetterOrDigit(ch) || IsKeptSymbol(ch))
        {
            if (pendingSpace && length > 0) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = char.ToLowerInvariant(ch);
        }
        else
        {
            // Whitespace, control characters and punctuation we do not reason about all become one separator.
            pendingSpace = true;
        }
    }

    private static void AppendNonAscii(char ch, char[] buffer, ref int length, ref bool pendingSpace, int maxLength)
    {
        var folded = Fold(ch);
        if (folded is null)
        {
            pendingSpace = true;
            return;
        }
        foreach (var f in folded)
        {
            if (length >= maxLength) return;
            if (f < 128)
            {
                AppendAscii(f, buffer, ref length, ref pendingSpace);
                continue;
            }
            // Letters of other scripts and the few symbols Fold keeps (€ £ ¥ °) are word characters.
            if (pendingSpace && length > 0) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = f;
        }
    }

    /// <summary>Maps one non-ASCII character to ASCII, or null when it carries no meaning for categorisation (emoji, CJK punctuation).</summary>
    private static string? Fold(char ch)
    {
        switch (ch)
        {
            case '’' or '‘' or '`' or '´': return "'";
            case '“' or '”' or '«' or '»': return " ";
            case '–' or '—' or '−': return "-";
            case '€': return "€";
            case '£': return "£";
            case '¥': return "¥";
            case '°': return "°";
            case '≥': return ">=";
            case '≤': return "<=";
            case 'ß': return "ss";
            case 'æ' or 'Æ': return "ae";
            case 'œ' or 'Œ': return "oe";
            case 'ø' or 'Ø': return "o";
            case 'ł' or 'Ł': return "l";
            case 'đ' or 'Đ': return "d";
            case 'ı': return "i";
            case '\u00A0' or '\u2009' or '\u202F': return " ";
        }
        if (char.IsSurrogate(ch)) return null;
        var category = CharUnicodeInfo.GetUnicodeCategory(ch);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return "";
        if (!char.IsLetterOrDigit(ch)) return null;

        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(char.ToLowerInvariant(c));
        }
        // Letters of other scripts (Cyrillic, CJK) survive lower-cased; the tokenizer keeps them as opaque words.
        return builder.ToString();
    }

    private static bool IsKeptSymbol(char ch) => ch is '$' or '%' or '&' or '.' or ',' or '-' or '/' or '\'' or '+' or '<' or '>' or '=' or ':' or '#' or '?' or '!';

    /// <summary>
    /// Removes tags, and whole script/style blocks, with a linear scan (no regex backtracking on hostile input).
    /// A '&lt;' not followed by a tag-like character stays, so "CPI &lt; 3%" keeps its comparator.
    /// </summary>
    internal static string StripMarkup(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch != '<' || i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                builder.Append(ch);
                i++;
                continue;
            }
            var close = text.IndexOf('>', i + 1);
            if (close < 0)
            {
                break; // an unterminated tag swallows the rest, as a browser would
            }
            var blockEnd = SkippedBlockEnd(text, i, close);
            builder.Append(' ');
            i = blockEnd;
        }
        return builder.ToString();
    }

    private static int SkippedBlockEnd(string text, int tagStart, int tagClose)
    {
        foreach (var block in (ReadOnlySpan<string>)["script", "style"])
        {
            if (string.Compare(text, tagStart + 1, block, 0, block.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = text.IndexOf("</" + block, tagClose, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return text.Length;
            var endClose = text.IndexOf('>', end);
            return endClose < 0 ? text.Length : endClose + 1;
        }
        return tagClose + 1;
    }
}
