using Ito.ExchangeSimulator.Kalshi;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Polymarket.Gamma;

/// <summary>Polymarket Gamma API, mounted at <c>/polymarket/gamma</c>.</summary>
internal static class GammaApi
{
    public const string BasePath = "/polymarket/gamma";
    private const int MaxOffsetLimit = 500;
    private const int MaxKeysetLimit = 100;

    public static IEndpointRouteBuilder MapGammaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Polymarket Gamma");
        api.MapGet("/markets", ListMarkets);
        api.MapGet("/markets/keyset", MarketsKeyset);
        api.MapGet("/markets/slug/{slug}", (string slug, HttpRequest request, MarketUniverse universe, GammaMapper mapper) =>
            universe.PolymarketMarkets.FirstOrDefault(m => m.Slug == slug) is { } m
                ? Results.Json(mapper.Market(m, new GammaQuery(request.Query).IncludeTag, includeEvents: true))
                : PolyResults.NotFound("market not found"));
        api.MapGet("/markets/{id}", (string id, HttpRequest request, MarketUniverse universe, GammaMapper mapper) =>
            universe.GammaMarket(id) is { } m
                ? Results.Json(mapper.Market(m, new GammaQuery(request.Query).IncludeTag, includeEvents: true))
                : PolyResults.NotFound("market not found"));
        api.MapGet("/events", ListEvents);
        api.MapGet("/events/keyset", EventsKeyset);
        api.MapGet("/events/slug/{slug}", (string slug, MarketUniverse universe, GammaMapper mapper) =>
            universe.PolymarketEvents.FirstOrDefault(e => e.Slug == slug) is { } e
                ? Results.Json(mapper.Event(e, withMarkets: true))
                : PolyResults.NotFound("event not found"));
        api.MapGet("/events/{id}", (string id, MarketUniverse universe, GammaMapper mapper) =>
            universe.GammaEvent(id) is { } e && e.Markets.Any(m => !m.Removed)
                ? Results.Json(mapper.Event(e, withMarkets: true))
                : PolyResults.NotFound("event not found"));
        api.MapGet("/tags", (HttpRequest request) =>
        {
            var tags = ThemeCatalog.All.SelectMany(t => t.GammaTags).DistinctBy(t => t.Id).ToList();
            var offset = Math.Max(0, GammaQuery.Int(request.Query["offset"]) ?? 0);
            var limit = Math.Clamp(GammaQuery.Int(request.Query["limit"]) ?? 100, 1, 1000);
            return Results.Json(tags.Skip(offset).Take(limit).Select(t => GammaMapper.Tag(t, full: true)).ToList());
        });
        return app;
    }

    private static IResult ListMarkets(HttpRequest request, MarketUniverse universe, GammaMapper mapper)
    {
        var q = new GammaQuery(request.Query);
        if (!Paging(request, out var offset, out var limit, out var error)) return error!;
        IEnumerable<SimMarket> markets = universe.PolymarketMarkets.Where(q.MarketFilter());
        markets = Order(markets, request);
        return Results.Json(markets.Skip(offset).Take(limit).Select(m => mapper.Market(m, q.IncludeTag, includeEvents: true)).ToList());
    }

    private static IResult MarketsKeyset(HttpRequest request, MarketUniverse universe, GammaMapper mapper)
    {
        if (request.Query.ContainsKey("offset")) return PolyResults.Error(StatusCodes.Status422UnprocessableEntity, "offset is not supported on keyset endpoints; use after_cursor");
        if (!GammaKeysetCursor.TryDecode(request.Query["after_cursor"], out var after)) return PolyResults.BadRequest("invalid after_cursor");
        var limit = Math.Clamp(GammaQuery.Int(request.Query["limit"]) ?? 20, 1, MaxKeysetLimit);
        var q = new GammaQuery(request.Query);
        var (page, next) = KalshiCursor.Page(universe.PolymarketMarkets, m => m.Seq, after, limit, q.MarketFilter());
        var body = new Dictionary<string, object?> { ["markets"] = page.Select(m => mapper.Market(m, q.IncludeTag, includeEvents: true)).ToList() };
        // next_cursor is left out on the last page.
        if (next.Length > 0) body["next_cursor"] = GammaKeysetCursor.Encode(page[^1].Seq);
        return Results.Json(body);
    }

    private static IResult ListEvents(HttpRequest request, MarketUniverse universe, GammaMapper mapper)
    {
        var q = new GammaQuery(request.Query);
        if (!Paging(request, out var offset, out var limit, out var error)) return error!;
        var events = universe.PolymarketEvents.Where(q.EventFilter());
        return Results.Json(events.Skip(offset).Take(limit).Select(e => mapper.Event(e, withMarkets: true)).ToList());
    }

    private static IResult EventsKeyset(HttpRequest request, MarketUniverse universe, GammaMapper mapper)
    {
        if (request.Query.ContainsKey("offset")) return PolyResults.Error(StatusCodes.Status422UnprocessableEntity, "offset is not supported on keyset endpoints; use after_cursor");
        if (!GammaKeysetCursor.TryDecode(request.Query["after_cursor"], out var after)) return PolyResults.BadRequest("invalid after_cursor");
        var limit = Math.Clamp(GammaQuery.Int(request.Query["limit"]) ?? 20, 1, MaxKeysetLimit);
        var (page, next) = KalshiCursor.Page(universe.PolymarketEvents, e => e.Seq, after, limit, new GammaQuery(request.Query).EventFilter());
        var body = new Dictionary<string, object?> { ["events"] = page.Select(e => mapper.Event(e, withMarkets: true)).ToList() };
        if (next.Length > 0) body["next_cursor"] = GammaKeysetCursor.Encode(page[^1].Seq);
        return Results.Json(body);
    }

    private static bool Paging(HttpRequest request, out int offset, out int limit, out IResult? error)
    {
        offset = GammaQuery.Int(request.Query["offset"]) ?? 0;
        limit = Math.Min(GammaQuery.Int(request.Query["limit"]) ?? 20, MaxOffsetLimit);
        error = offset < 0 || limit < 0 ? PolyResults.Error(StatusCodes.Status422UnprocessableEntity, "offset and limit must not be negative") : null;
        return error is null;
    }

    private static IEnumerable<SimMarket> Order(IEnumerable<SimMarket> markets, HttpRequest request)
    {
        var fields = request.Query["order"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ascending = bool.TryParse(request.Query["ascending"].ToString(), out var asc) && asc;
        IOrderedEnumerable<SimMarket>? ordered = null;
        foreach (var key in fields.Select(GammaQuery.MarketOrder).OfType<Func<SimMarket, IComparable>>())
        {
            ordered = ordered is null
                ? (ascending ? markets.OrderBy(key) : markets.OrderByDescending(key))
                : (ascending ? ordered.ThenBy(key) : ordered.ThenByDescending(key));
        }
        return ordered?.ThenBy(m => m.Seq) ?? markets;
    }
}
