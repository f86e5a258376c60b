using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// Where the next page starts: after the last row's place in the order (rank, search key, id), for the search it
/// came from (<see cref="Search"/> is that search's <see cref="MarketQuery.Fingerprint"/>, so a cursor replayed on
/// another search is refused rather than silently skipping rows). Opaque to callers (base64url), so the ordering
/// can change without breaking their code.
/// </summary>
public sealed record SearchCursor(string Search, int Rank, long Key, string Id)
{
    private const string Version = "v2";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Version}|{Search}|{Rank}|{Key}|{Id}")));

    public static bool TryDecode(string text, out SearchCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 5);
            if (parts.Length != 5 || parts[0] != Version || parts[1].Length == 0 || parts[4].Length == 0) return false;
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rank)) return false;
            if (!long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)) return false;
            cursor = new SearchCursor(parts[1], rank, key, parts[4]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
