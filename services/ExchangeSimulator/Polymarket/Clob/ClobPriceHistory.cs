using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary><c>GET /prices-history</c>: points every <c>fidelity</c> minutes from the market's deterministic path.</summary>
internal static class ClobPriceHistory
{
    private const int MaxPoints = 20_000;

    public static IResult Get(HttpRequest request, MarketUniverse universe, TimeProvider time)
    {
        var q = request.Query;
        var token = q["market"].ToString();
        if (token.Length == 0) return PolyResults.BadRequest("market is required");
        if (universe.ByToken(token) is not { } hit) return PolyResults.NotFound("market not found");
        var market = hit.Market;
        var now = time.GetUtcNow();
        var end = PriceHistory.EndOf(market, now);
        var endPrice = PriceHistory.EndPrice(market);
        if (market.Result != "") endPrice = market.Result == "yes" ? 1m : 0m;

        long startTs, endTs;
        var interval = q["interval"].ToString();
        var hasRange = q.ContainsKey("startTs") || q.ContainsKey("endTs");
        if (interval.Length > 0 && hasRange) return PolyResults.BadRequest("'startTs'/'endTs' and 'interval' are mutually exclusive");
        if (hasRange)
        {
            startTs = Gamma.GammaQuery.Int(q["startTs"]) ?? market.Open.ToUnixTimeSeconds();
            endTs = long.TryParse(q["endTs"].ToString(), out var e) ? e : end.ToUnixTimeSeconds();
        }
        else
        {
            endTs = end.ToUnixTimeSeconds();
            TimeSpan? span = interval switch
            {
                "1h" => TimeSpan.FromHours(1), "6h" => TimeSpan.FromHours(6), "1d" => TimeSpan.FromDays(1),
                "1w" => TimeSpan.FromDays(7), "1m" => TimeSpan.FromDays(30), "max" or "all" or "" => null,
                _ => TimeSpan.MinValue,
            };
            if (span == TimeSpan.MinValue) return PolyResults.BadRequest("invalid interval");
            startTs = span is { } s ? endTs - (long)s.TotalSeconds : market.Open.ToUnixTimeSeconds();
        }
        startTs = Math.Max(startTs, market.Open.ToUnixTimeSeconds());
        endTs = Math.Min(endTs, end.ToUnixTimeSeconds());
        var fidelity = Math.Max(1, Gamma.GammaQuery.Int(q["fidelity"]) ?? 1) * 60L;
        // Too fine a fidelity for a long window is coarsened instead of producing an unbounded body.
        while (endTs > startTs && (endTs - startTs) / fidelity > MaxPoints) fidelity *= 2;

        var history = new List<Dictionary<string, object>>();
        var decimals = market.TickSize < 0.01m ? 4 : 3;
        for (var t = (startTs + fidelity - 1) / fidelity * fidelity; t <= endTs; t += fidelity)
        {
            history.Add(Point(market, hit.IsYes, t, end, endPrice, decimals));
        }
        // The series ends at the current (or final) price.
        if (endTs == end.ToUnixTimeSeconds() && (history.Count == 0 || (long)history[^1]["t"] != endTs))
        {
            history.Add(Point(market, hit.IsYes, endTs, end, endPrice, decimals));
        }
        return Results.Json(new Dictionary<string, object> { ["history"] = history });
    }

    private static Dictionary<string, object> Point(SimMarket market, bool yes, long t, DateTimeOffset end, decimal endPrice, int decimals)
    {
        var p = PriceHistory.PriceAt(market, DateTimeOffset.FromUnixTimeSeconds(t), end, endPrice);
        if (t >= end.ToUnixTimeSeconds()) p = (double)endPrice;
        return new Dictionary<string, object> { ["t"] = t, ["p"] = Math.Round(yes ? p : 1 - p, decimals) };
    }
}
