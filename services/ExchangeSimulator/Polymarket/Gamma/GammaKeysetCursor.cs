using System.Globalization;
using System.Text;

namespace Ito.ExchangeSimulator.Polymarket.Gamma;

/// <summary>Opaque cursors for the keyset endpoints (base64 of the last item's position in creation order).</summary>
internal static class GammaKeysetCursor
{
    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes("k" + sequence.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    public static bool TryDecode(string? cursor, out long sequence)
    {
        sequence = -1;
        if (string.IsNullOrEmpty(cursor)) return true;
        try
        {
            var padded = cursor.PadRight(cursor.Length + (4 - cursor.Length % 4) % 4, '=');
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith('k') && long.TryParse(text.AsSpan(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out sequence);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
