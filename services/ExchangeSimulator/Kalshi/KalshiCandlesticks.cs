using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>
/// Candlesticks computed from the market's deterministic price path; the period containing "now" closes at the
/// market's current last price.
/// </summary>
internal static class KalshiCandlesticks
{
    private const int MaxCandles = 10_000;

    public static IResult Single(string seriesTicker, string ticker, HttpRequest request, MarketUniverse universe, TimeProvider time)
    {
        if (universe.KalshiMarket(ticker) is not { } market || market.Event.Series.Ticker != seriesTicker) return KalshiResults.NotFound("market");
        if (Parse(request) is not { } window) return KalshiResults.BadRequest("start_ts, end_ts and period_interval (1, 60 or 1440) are required");
        var candles = Build(market, window.Start, window.End, window.Period, time.GetUtcNow());
        if (candles is null) return KalshiResults.BadRequest($"requested range exceeds {MaxCandles} candlesticks");
        return KalshiResults.Ok(new KalshiObject { ["ticker"] = market.Id, ["candlesticks"] = candles });
    }

    public static IResult Batch(HttpRequest request, MarketUniverse universe, TimeProvider time)
    {
        var tickers = KalshiQuery.List(request.Query["market_tickers"]);
        if (tickers is null || tickers.Count == 0 || tickers.Count > 100) return KalshiResults.BadRequest("market_tickers must list 1 to 100 tickers");
        if (Parse(request) is not { } window) return KalshiResults.BadRequest("start_ts, end_ts and period_interval (1, 60 or 1440) are required");
        var now = time.GetUtcNow();
        var markets = new List<KalshiObject>();
        foreach (var market in tickers.Select(universe.KalshiMarket).OfType<SimMarket>())
        {
            var candles = Build(market, window.Start, window.End, window.Period, now);
            if (candles is null) return KalshiResults.BadRequest($"requested range exceeds {MaxCandles} candlesticks");
            markets.Add(new KalshiObject { ["market_ticker"] = market.Id, ["candlesticks"] = candles });
        }
        return KalshiResults.Ok(new KalshiObject { ["markets"] = markets });
    }

    private static (long Start, long End, int Period)? Parse(HttpRequest request)
    {
        var start = KalshiQuery.Long(request.Query["start_ts"]);
        var end = KalshiQuery.Long(request.Query["end_ts"]);
        var period = KalshiQuery.Long(request.Query["period_interval"]);
        if (start is null || end is null || end < start || period is not (1 or 60 or 1440)) return null;
        return (start.Value, end.Value, (int)period.Value);
    }

    /// <summary>Candles whose period end lies in [start, end]; null if the window asks for too many.</summary>
    public static List<KalshiObject>? Build(SimMarket market, long start, long end, int periodMinutes, DateTimeOffset now)
    {
        var period = periodMinutes * 60L;
        var pathEnd = PriceHistory.EndOf(market, now);
        var endPrice = PriceHistory.EndPrice(market);
        var first = Math.Max(start, market.Open.ToUnixTimeSeconds());
        var firstEnd = (first + period - 1) / period * period;
        // The period still in progress is included, ending at the path's end (its close is the current price).
        var lastEnd = Math.Min(end, (pathEnd.ToUnixTimeSeconds() + period - 1) / period * period);
        if (lastEnd < firstEnd) return [];
        if ((lastEnd - firstEnd) / period + 1 > MaxCandles) return null;

        var candles = new List<KalshiObject>();
        var halfSpread = market.TickSize * (1 + (int)(market.Seed % 2));
        var samples = periodMinutes == 1 ? 2 : 6;
        for (var periodEnd = firstEnd; periodEnd <= lastEnd; periodEnd += period)
        {
            var periodStart = periodEnd - period;
            var prices = new decimal[samples + 1];
            for (var i = 0; i <= samples; i++)
            {
                var t = DateTimeOffset.FromUnixTimeSeconds(periodStart + period * i / samples);
                if (t > pathEnd) t = pathEnd;
                prices[i] = Math.Round((decimal)PriceHistory.PriceAt(market, t, pathEnd, endPrice), 2);
            }
            var previous = Math.Round((decimal)PriceHistory.PriceAt(market, DateTimeOffset.FromUnixTimeSeconds(periodStart - period), pathEnd, endPrice), 2);
            var (open, close, high, low, mean) = (prices[0], prices[^1], prices.Max(), prices.Min(), Math.Round(prices.Average(), 4));
            candles.Add(new KalshiObject
            {
                ["end_period_ts"] = periodEnd,
                ["price"] = new KalshiObject
                {
                    ["open_dollars"] = Dollars(open), ["high_dollars"] = Dollars(high), ["low_dollars"] = Dollars(low),
                    ["close_dollars"] = Dollars(close), ["mean_dollars"] = Dollars(mean), ["previous_dollars"] = Dollars(previous),
                    ["min_dollars"] = Dollars(low), ["max_dollars"] = Dollars(high),
                },
                ["yes_bid"] = Ohlc(open - halfSpread, high - halfSpread, low - halfSpread, close - halfSpread),
                ["yes_ask"] = Ohlc(open + halfSpread, high + halfSpread, low + halfSpread, close + halfSpread),
                ["volume_fp"] = Count(PriceHistory.VolumeIn(market, periodEnd, periodMinutes, market.State.Volume)),
                ["open_interest_fp"] = Count(Math.Round(market.State.OpenInterest * (decimal)Math.Min(1.0, (periodEnd - market.Open.ToUnixTimeSeconds()) / (double)Math.Max(1, pathEnd.ToUnixTimeSeconds() - market.Open.ToUnixTimeSeconds())))),
            });
        }
        return candles;
    }

    private static KalshiObject Ohlc(decimal open, decimal high, decimal low, decimal close) => new()
    {
        ["open_dollars"] = Dollars(Clamp01(open)), ["high_dollars"] = Dollars(Clamp01(high)),
        ["low_dollars"] = Dollars(Clamp01(low)), ["close_dollars"] = Dollars(Clamp01(close)),
    };

    private static decimal Clamp01(decimal value) => Math.Clamp(value, 0m, 1m);
}
