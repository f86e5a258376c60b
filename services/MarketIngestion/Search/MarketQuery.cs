using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ito.Contracts;
using Ito.Contracts.Markets;

namespace Ito.MarketIngestion.Search;

/// <summary>
/// The filters shared by search and export, validated. Every bad parameter is reported under its own query name so
/// the caller sees exactly which one to fix.
/// </summary>
public sealed record MarketQuery(
    string? Text,
    Venue? Platform,
    string? Category,
    MarketStatus? Status,
    DateTimeOffset? ClosesBefore,
    SearchCursor? Cursor,
    int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxTextLength = 200;

    public static (MarketQuery? Query, Dictionary<string, string[]> Errors) Parse(
        string? q, string? platform, string? category, string? status, string? closesBefore, string? cursor, string? limit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (text is { Length: > MaxTextLength }) errors["q"] = [$"q must be at most {MaxTextLength} characters."];

        Venue? venue = null;
        if (!string.IsNullOrWhiteSpace(platform))
        {
            venue = platform.Trim().ToLowerInvariant() switch
            {
                "kalshi" => Venue.Kalshi,
                "polymarket" => Venue.Polymarket,
                _ => null,
            };
            if (venue is null) errors["platform"] = ["platform must be kalshi or polymarket."];
        }

        var categoryText = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        if (categoryText is { Length: > 200 }) errors["category"] = ["category must be at most 200 characters."];

        MarketStatus? marketStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<MarketStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _))
            {
                marketStatus = parsed;
            }
            else
            {
                errors["status"] = ["status must be one of upcoming, open, paused, closed, settled."];
            }
        }

        DateTimeOffset? before = null;
        if (!string.IsNullOrWhiteSpace(closesBefore))
        {
            if (DateTimeOffset.TryParse(closesBefore.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                before = parsed;
            }
            else
            {
                errors["closes_before"] = ["closes_before must be an ISO 8601 date or date-time."];
            }
        }

        SearchCursor? after = null;
        if (!string.IsNullOrWhiteSpace(cursor)
            && (!SearchCursor.TryDecode(cursor.Trim(), out after) || after!.Search != FingerprintOf(text, venue, categoryText, marketStatus, before)))
        {
            errors["cursor"] = ["cursor is not one this search returned."];
        }

        var size = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new MarketQuery(text, venue, categoryText, marketStatus, before, after, size), errors);
    }

    /// <summary>Identifies what is searched for (not the page), for cursors to carry.</summary>
    public string Fingerprint => FingerprintOf(Text, Platform, Category, Status, ClosesBefore);

    private static string FingerprintOf(string? text, Venue? platform, string? category, MarketStatus? status, DateTimeOffset? closesBefore)
    {
        var search = string.Join('\u001f', text, platform, category?.ToLowerInvariant(), status,
            closesBefore?.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(search)).AsSpan(0, 8));
    }
}
