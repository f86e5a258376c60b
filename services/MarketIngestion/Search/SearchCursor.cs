using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Where the next page starts: after (rank, id) of the last row when searching by text, after id otherwise. Opaque
/// to callers (base64url), so the ordering can change without breaking their code.
/// </summary>
public sealed record SearchCursor(float? Rank, string Id)
{
    private const string Version = "v1";

    public string Encode()
    {
        var rank = Rank?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{rank}|{Id}"));
    }

    public static bool TryDecode(string text, out SearchCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 3);
            if (parts.Length != 3 || parts[0] != Version || parts[2].Length == 0) return false;
            float? rank = null;
            if (parts[1].Length > 0)
            {
                if (!float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !float.IsFinite(parsed)) return false;
                rank = parsed;
            }
            cursor = new SearchCursor(rank, parts[2]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
