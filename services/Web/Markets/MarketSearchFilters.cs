using Microsoft.AspNetCore.Http;

namespace Ito.Web.Markets;

/// <summary>
/// What the builder searches markets by, as the API names its parameters (q, platform, category, status,
/// closes_before, cursor). Status defaults to open markets, the only ones a basket can take; <c>any</c> lifts it.
/// Values are trimmed and cut to the API's own limits, so a hand-edited link can never make the page fail.
/// </summary>
public sealed record MarketSearchFilters(string? Q, string? Platform, string? Category, string Status, string? ClosesBefore, string? Cursor)
{
    public const string AnyStatus = "any";
    public const string DefaultStatus = "open";
    public const int PageSize = 20;

    public static readonly IReadOnlyList<string> Platforms = ["kalshi", "polymarket"];
    public static readonly IReadOnlyList<string> Statuses = ["open", "upcoming", "paused", "closed", "settled"];

    public static MarketSearchFilters Empty { get; } = new(null, null, null, DefaultStatus, null, null);

    public static MarketSearchFilters Read(string? q, string? platform, string? category, string? status, string? closesBefore, string? cursor)
    {
        var venue = Clean(platform, 20)?.ToLowerInvariant();
        var wantedStatus = Clean(status, 20)?.ToLowerInvariant();
        return new MarketSearchFilters(
            Clean(q, 200),
            venue is not null && Platforms.Contains(venue) ? venue : null,
            Clean(category, 200),
            wantedStatus is not null && (wantedStatus == AnyStatus || Statuses.Contains(wantedStatus)) ? wantedStatus : DefaultStatus,
            Clean(closesBefore, 40),
            Clean(cursor, 600));
    }

    /// <summary>The API call for these filters (one page).</summary>
    public string ApiPath() => "/api/v1/markets/search" + QueryString.Create(ApiParameters());

    /// <summary>The same filters as they appear in the builder's own URL.</summary>
    public IEnumerable<KeyValuePair<string, string?>> QueryParameters()
    {
        if (Q is not null) yield return new("q", Q);
        if (Platform is not null) yield return new("platform", Platform);
        if (Category is not null) yield return new("category", Category);
        if (Status != DefaultStatus) yield return new("status", Status);
        if (ClosesBefore is not null) yield return new("closes_before", ClosesBefore);
        if (Cursor is not null) yield return new("cursor", Cursor);
    }

    private IEnumerable<KeyValuePair<string, string?>> ApiParameters()
    {
        foreach (var parameter in QueryParameters().Where(p => p.Key != "status")) yield return parameter;
        if (Status != AnyStatus) yield return new("status", Status);
        yield return new("limit", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Clean(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        return trimmed.Length > maxLength ? trimmed[..maxLength] : trimmed;
    }
}
