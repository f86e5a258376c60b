using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Events and series.</summary>
internal static class KalshiEventEndpoints
{
    public static IResult ListEvents(HttpRequest request, MarketUniverse universe, KalshiMapper mapper)
    {
        var q = request.Query;
        if (!KalshiQuery.Limit(q["limit"], 200, 200, out var limit)) return KalshiResults.BadRequest("limit must be between 1 and 200");
        if (!KalshiCursor.TryDecode(q["cursor"], out var after)) return KalshiResults.BadRequest("invalid cursor");
        MarketPhase? phase = null;
        if (q["status"].ToString() is { Length: > 0 } status)
        {
            phase = status is "paused" ? null : KalshiMapper.PhaseFilter(status);
            if (phase is null) return KalshiResults.BadRequest("status must be one of unopened, open, closed, settled");
        }
        var seriesTicker = q["series_ticker"].ToString();
        var tickers = KalshiQuery.List(q["tickers"]);
        var nested = KalshiQuery.Bool(q["with_nested_markets"]);
        var (page, next) = KalshiCursor.Page(universe.KalshiEvents, e => e.Seq, after, limit, e =>
            (phase is null || e.Phase == phase)
            && (seriesTicker.Length == 0 || e.Series.Ticker == seriesTicker)
            && (tickers is null || tickers.Contains(e.Id))
            && e.Markets.Any(m => !m.Removed));
        return KalshiResults.Ok(new KalshiObject
        {
            ["events"] = page.Select(e => mapper.Event(e, nested)).ToList(),
            ["milestones"] = Array.Empty<object>(),
            ["cursor"] = next,
        });
    }

    public static IResult GetEvent(string eventTicker, HttpRequest request, MarketUniverse universe, KalshiMapper mapper)
    {
        if (universe.KalshiEvent(eventTicker) is not { } e || e.Markets.All(m => m.Removed)) return KalshiResults.NotFound("event");
        var nested = KalshiQuery.Bool(request.Query["with_nested_markets"]);
        return KalshiResults.Ok(new KalshiObject
        {
            ["event"] = mapper.Event(e, nested),
            // Deprecated top-level copy, still served alongside event.markets.
            ["markets"] = e.Markets.Where(m => !m.Removed).Select(mapper.Market).ToList(),
        });
    }

    public static IResult ListSeries(HttpRequest request, MarketUniverse universe)
    {
        var q = request.Query;
        var category = q["category"].ToString();
        var tags = KalshiQuery.List(q["tags"]);
        var includeVolume = KalshiQuery.Bool(q["include_volume"]);
        var volumes = includeVolume ? SeriesVolumes(universe) : null;
        var series = universe.KalshiSeries
            .Where(s => (category.Length == 0 || string.Equals(s.Theme.KalshiCategory, category, StringComparison.OrdinalIgnoreCase))
                && (tags is null || s.Theme.KalshiTags.Any(tags.Contains)))
            .Select(s => KalshiMapper.Series(s, volumes?.GetValueOrDefault(s.Ticker) ?? (includeVolume ? 0 : null)))
            .ToList();
        return KalshiResults.Ok(new KalshiObject { ["series"] = series });
    }

    public static IResult GetSeries(string seriesTicker, MarketUniverse universe) =>
        universe.Series(seriesTicker) is { } s
            ? KalshiResults.Ok(new KalshiObject { ["series"] = KalshiMapper.Series(s, null) })
            : KalshiResults.NotFound("series");

    private static Dictionary<string, decimal> SeriesVolumes(MarketUniverse universe) =>
        universe.KalshiMarkets.GroupBy(m => m.Event.Series.Ticker).ToDictionary(g => g.Key, g => g.Sum(m => m.State.Volume));
}
