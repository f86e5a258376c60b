using System.Globalization;

namespace Ito.Venues.Polymarket.Gamma;

/// <summary>
/// Typed client for the public Gamma API (markets, events). Keyset paging (<c>/markets/keyset</c>,
/// <c>/events/keyset</c>) is the recommended way to list; offset paging is kept for one-off queries.
/// </summary>
public sealed class PolymarketGammaClient(HttpClient http)
{
    public const string HttpClientName = "polymarket-gamma";
    public const string VenueName = "Polymarket Gamma";

    private readonly VenueTransport _transport = new(http, VenueName);

    public Task<GammaMarketsKeysetPage> GetMarketsKeysetAsync(GammaListQuery? query = null, string? afterCursor = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<GammaMarketsKeysetPage>(Filters(new QueryString("markets/keyset"), query).Add("after_cursor", afterCursor).ToString(), VenueAuth.None, cancellationToken);

    /// <summary>Every market matching the query, following <c>next_cursor</c> until Gamma omits it.</summary>
    public IAsyncEnumerable<GammaMarket> GetAllMarketsAsync(GammaListQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetMarketsKeysetAsync(query, cursor, ct), page => page.Markets, page => page.NextCursor, cancellationToken);

    public Task<GammaEventsKeysetPage> GetEventsKeysetAsync(GammaListQuery? query = null, string? afterCursor = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<GammaEventsKeysetPage>(Filters(new QueryString("events/keyset"), query).Add("after_cursor", afterCursor).ToString(), VenueAuth.None, cancellationToken);

    public IAsyncEnumerable<GammaEvent> GetAllEventsAsync(GammaListQuery? query = null, CancellationToken cancellationToken = default) =>
        CursorPager.FollowAsync((cursor, ct) => GetEventsKeysetAsync(query, cursor, ct), page => page.Events, page => page.NextCursor, cancellationToken);

    /// <summary>Offset paging (<c>GET /markets</c>, a bare JSON array); Gamma says it will be deprecated.</summary>
    public Task<IReadOnlyList<GammaMarket>> GetMarketsAsync(GammaListQuery? query = null, int offset = 0, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<GammaMarket>>(Filters(new QueryString("markets"), query).Add("offset", offset).ToString(), VenueAuth.None, cancellationToken);

    public Task<IReadOnlyList<GammaEvent>> GetEventsAsync(GammaListQuery? query = null, int offset = 0, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<IReadOnlyList<GammaEvent>>(Filters(new QueryString("events"), query).Add("offset", offset).ToString(), VenueAuth.None, cancellationToken);

    public Task<GammaMarket?> GetMarketAsync(string id, bool includeTag = false, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<GammaMarket>(new QueryString("markets/" + Uri.EscapeDataString(id)).Add("include_tag", includeTag ? true : null).ToString(), VenueAuth.None, cancellationToken);

    public Task<GammaMarket?> GetMarketBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<GammaMarket>("markets/slug/" + Uri.EscapeDataString(slug), VenueAuth.None, cancellationToken);

    public Task<GammaEvent?> GetEventAsync(string id, CancellationToken cancellationToken = default) =>
        _transport.FindAsync<GammaEvent>("events/" + Uri.EscapeDataString(id), VenueAuth.None, cancellationToken);

    private static QueryString Filters(QueryString uri, GammaListQuery? query)
    {
        if (query is null)
        {
            return uri;
        }

        return uri.Add("limit", query.Limit).Add("closed", query.Closed).Add("active", query.Active).Add("archived", query.Archived)
            .Add("tag_id", query.TagId).Add("order", query.Order).Add("ascending", query.Ascending)
            .AddEach("id", query.Ids).AddEach("condition_ids", query.ConditionIds).AddEach("slug", query.Slugs).AddEach("clob_token_ids", query.ClobTokenIds)
            .Add("end_date_min", query.EndDateMin?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
            .Add("include_tag", query.IncludeTag);
    }
}
