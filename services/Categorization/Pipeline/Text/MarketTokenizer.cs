using System.Collections.Frozen;
using System.Globalization;

namespace Ito.Categorization.Pipeline.Text;

/// <summary>
/// Splits normalised text into word, number, money, percent, year, month and quarter tokens. Market titles are
/// mostly about thresholds ("above $90", "over 3%", "$150k") so numbers are parsed here, once.
/// </summary>
public static class MarketTokenizer
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9,
        ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> ScaleWords = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static List<Token> Tokenize(string normalized, TextField field)
    {
        var tokens = new List<Token>();
        Tokenize(normalized, field, tokens);
        return tokens;
    }

    public static void Tokenize(string text, TextField field, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch is '$' or '€' or '£' or '¥' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i = ReadNumber(text, i + 1, field, tokens, isMoney: true, negative: false);
            }
            else if (char.IsAsciiDigit(ch))
            {
                i = TryReadIsoDate(text, i, field, tokens) ?? ReadNumber(text, i, field, tokens, isMoney: false, negative: false);
            }
            else if (ch == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && (i == 0 || text[i - 1] == ' '))
            {
                i = ReadNumber(text, i + 1, field, tokens, isMoney: false, negative: true);
            }
            else if (char.IsLetter(ch))
            {
                i = ReadWord(text, i, field, tokens);
            }
            else if (ch is '<' or '>')
            {
                var symbol = i + 1 < text.Length && text[i + 1] == '=' ? (ch == '<' ? "<=" : ">=") : (ch == '<' ? "<" : ">");
                tokens.Add(new Token(symbol, symbol, TokenKind.Symbol, 0, field));
                i += symbol.Length;
            }
            else if (ch == '+' && tokens.Count > 0 && tokens[^1].IsNumeric)
            {
                tokens.Add(new Token("+", "+", TokenKind.Symbol, 0, field));
                i++;
            }
            else
            {
                i++;
            }
        }
    }

    private static int ReadNumber(string text, int start, TextField field, List<Token> tokens, bool isMoney, bool negative)
    {
        var i = start;
        var sawSeparator = false;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsAsciiDigit(ch)) { i++; continue; }
            // "1,500" and "3.25" continue the number; "2026," or "3." at a sentence end do not.
            if ((ch == ',' && i + 3 < text.Length + 1 && IsThreeDigitGroup(text, i + 1)) || (ch == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                sawSeparator = true;
                i++;
                continue;
            }
            break;
        }
        var numberText = text.AsSpan(start, i - start);
        if (!double.TryParse(numberText, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return i;
        }
        if (negative) value = -value;

        var kind = isMoney ? TokenKind.Money : TokenKind.Number;
        var suffixEnd = i;
        while (suffixEnd < text.Length && char.IsAsciiLetter(text[suffixEnd])) suffixEnd++;
        var suffix = text.AsSpan(i, suffixEnd - i);
        if (suffix.Length > 0)
        {
            var scale = suffix switch
            {
                "k" => 1e3,
                "m" or "mm" or "mn" => 1e6,
                "b" or "bn" => 1e9,
                "t" or "tn" => 1e12,
                "st" or "nd" or "rd" or "th" => 1,
                _ => double.NaN,
            };
            if (double.IsNaN(scale))
            {
                // "2nm", "5g", "h5n1"-like codes: keep the whole thing as a word.
                var word = text[(negative ? start - 1 : start)..suffixEnd];
                tokens.Add(new Token(word, word, TokenKind.Word, 0, field));
                return suffixEnd;
            }
            value *= scale;
            i = suffixEnd;
        }
        else if (i < text.Length && text[i] == '%')
        {
            kind = TokenKind.Percent;
            i++;
        }
        else if (i < text.Length && text[i] == '°')
        {
            i++;
            if (i < text.Length && text[i] is 'f' or 'c' && (i + 1 >= text.Length || !char.IsAsciiLetter(text[i + 1]))) i++;
        }
        else if (!isMoney && !sawSeparator && !negative && numberText.Length == 4 && value is >= 1900 and <= 2100)
        {
            kind = TokenKind.Year;
        }

        var surface = text[(isMoney || negative ? start - 1 : start)..i];
        tokens.Add(new Token(surface, surface, kind, value, field));
        return i;
    }

    /// <summary>"2026-03-31" is one date, not 2026 followed by two negative numbers.</summary>
    private static int? TryReadIsoDate(string text, int start, TextField field, List<Token> tokens)
    {
        const int length = 10;
        if (start + length > text.Length || (start + length < text.Length && char.IsAsciiLetterOrDigit(text[start + length]))) return null;
        var span = text.AsSpan(start, length);
        if (span[4] != '-' || span[7] != '-') return null;
        if (!int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(span[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(span[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year is < 1900 or > 2100 || month is < 1 or > 12 || day is < 1 or > 31)
            return null;
        var surface = span.ToString();
        tokens.Add(new Token(surface, surface, TokenKind.Date, year * 10_000 + month * 100 + day, field));
        return start + length;
    }

    private static bool IsThreeDigitGroup(string text, int start) =>
        start + 3 <= text.Length && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    private static int ReadWord(string text, int start, TextField field, List<Token> tokens)
    {
        var i = start;
        var hasInnerPunctuation = false;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsLetterOrDigit(ch)) { i++; continue; }
            // Keep "s&p", "u.s.", "o'brien" together; "trump's" loses its possessive below.
            if (ch is '&' or '.' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                hasInnerPunctuation = true;
                i++;
                continue;
            }
            if (ch == '.' && hasInnerPunctuation && i >= 2 && text[i - 2] == '.') { i++; continue; } // trailing dot of "u.s."
            break;
        }
        if (!hasInnerPunctuation)
        {
            AddWord(WordFormCache.Get(text.AsSpan(start, i - start)), field, tokens);
            return i;
        }
        var word = CleanPunctuatedWord(text[start..i], field, tokens);
        if (word.Length > 0) AddWord(WordFormCache.Get(word), field, tokens);
        return i;
    }

    private static string CleanPunctuatedWord(string word, TextField field, List<Token> tokens)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        word = word.Replace("'", "", StringComparison.Ordinal);
        if (!word.Contains('.')) return word;
        if (IsInitialism(word)) return word.Replace(".", "", StringComparison.Ordinal);

        // "x.com" stays one token; "end.the" (missing space) splits.
        var parts = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && parts[1] is "com" or "ai" or "io" or "fun" or "org") return word;
        for (var p = 0; p < parts.Length - 1; p++) AddWord(WordFormCache.Get(parts[p]), field, tokens);
        return parts.Length > 0 ? parts[^1] : "";
    }

    private static bool IsInitialism(string word)
    {
        // u.s. / d.c. / u.k.: single letters separated by dots
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter != char.IsLetter(word[i])) return false;
        }
        return true;
    }

    private static void AddWord(WordForms forms, TextField field, List<Token> tokens)
    {
        var word = forms.Text;
        if (Months.TryGetValue(word, out var month))
        {
            tokens.Add(new Token(word, word, TokenKind.Month, month, field));
            return;
        }
        if (word.Length == 2 && word[0] == 'q' && word[1] is >= '1' and <= '4')
        {
            tokens.Add(new Token(word, word, TokenKind.Quarter, word[1] - '0', field));
            return;
        }
        if (ScaleWords.TryGetValue(word, out var scale) && tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Number or TokenKind.Money } previous)
        {
            tokens[^1] = previous with { Value = previous.Value * scale };
        }
        tokens.Add(new Token(word, forms.Stem, TokenKind.Word, 0, field));
    }
}
