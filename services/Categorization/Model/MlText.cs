using System.Text;

namespace Ito.Categorization.Model;

/// <summary>
/// The classifier's view of a title: the normalised text reduced to words of letters separated by single spaces
/// (digits and symbols dropped — thresholds vary per market and would only add noise). Training and scoring both
/// use it, and because it leaves ML.NET's own text normaliser nothing to change, the fast scorer and the ML.NET
/// engine see the same words.
/// </summary>
public static class MlText
{
    public static string From(string normalizedText)
    {
        var builder = new StringBuilder(normalizedText.Length);
        var pendingSpace = false;
        foreach (var ch in normalizedText)
        {
            if (char.IsLetter(ch))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(ch);
            }
            else if (!char.IsDigit(ch) && ch is not ('\'' or '.' or '&'))
            {
                // Digits and in-word marks ("trump's", "u.s.", "s&p") join their neighbours, as ML.NET's
                // punctuation removal would; everything else separates words.
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }
}
