using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Public market data: markets, order books, trades, exchange status.</summary>
internal static class KalshiMarketEndpoints
{
    public static IResult ListMarkets(HttpRequest request, MarketUniverse universe, KalshiMapper mapper)
    {
        var q = request.Query;
        if (!KalshiQuery.Limit(q["limit"], 100, 1000, out var limit)) return KalshiResults.BadRequest("limit must be between 1 and 1000");
        if (!KalshiCursor.TryDecode(q["cursor"], out var after)) return KalshiResults.BadRequest("invalid cursor");
        MarketPhase? phase = null;
        if (q["status"].ToString() is { Length: > 0 } status)
        {
            phase = KalshiMapper.PhaseFilter(status);
            if (phase is null) return KalshiResults.BadRequest("status must be one of unopened, open, paused, closed, settled");
        }
        var eventTicker = q["event_ticker"].ToString();
        var seriesTicker = q["series_ticker"].ToString();
        var tickers = KalshiQuery.List(q["tickers"]);
        var minClose = KalshiQuery.Long(q["min_close_ts"]);
        var maxClose = KalshiQuery.Long(q["max_close_ts"]);
        var (page, next) = KalshiCursor.Page(universe.KalshiMarkets, m => m.Seq, after, limit, m =>
            (phase is null || m.Phase == phase)
            && (eventTicker.Length == 0 || m.Event.Id == eventTicker)
            && (seriesTicker.Length == 0 || m.Event.Series.Ticker == seriesTicker)
            && (tickers is null || tickers.Contains(m.Id))
            && (minClose is null || m.Close.ToUnixTimeSeconds() >= minClose)
            && (maxClose is null || m.Close.ToUnixTimeSeconds() <= maxClose));
        return KalshiResults.Ok(new KalshiObject { ["markets"] = page.Select(mapper.Market).ToList(), ["cursor"] = next });
    }

    public static IResult GetMarket(string ticker, MarketUniverse universe, KalshiMapper mapper) =>
        universe.KalshiMarket(ticker) is { } m ? KalshiResults.Ok(new KalshiObject { ["market"] = mapper.Market(m) }) : KalshiResults.NotFound("market");

    public static IResult Orderbook(string ticker, HttpRequest request, MarketUniverse universe, OrderBooks books)
    {
        if (universe.KalshiMarket(ticker) is not { } market) return KalshiResults.NotFound("market");
        if (!KalshiQuery.Limit(request.Query["depth"], 0, 100, out var depth, allowZero: true)) return KalshiResults.BadRequest("depth must be between 0 and 100");
        return KalshiResults.Ok(new KalshiObject { ["orderbook_fp"] = BookFp(books.Snapshot(market), depth) });
    }

    public static IResult Orderbooks(HttpRequest request, MarketUniverse universe, OrderBooks books)
    {
        var tickers = KalshiQuery.List(request.Query["tickers"]);
        if (tickers is null || tickers.Count == 0 || tickers.Count > 100) return KalshiResults.BadRequest("tickers must list 1 to 100 market tickers");
        var result = tickers.Select(universe.KalshiMarket).OfType<SimMarket>()
            .Select(m => new KalshiObject { ["ticker"] = m.Id, ["orderbook_fp"] = BookFp(books.Snapshot(m), 0) }).ToList();
        return KalshiResults.Ok(new KalshiObject { ["orderbooks"] = result });
    }

    /// <summary>Kalshi books list bids only: YES bids and NO bids (a YES ask at p is a NO bid at 1 − p), ascending, best last.</summary>
    private static KalshiObject BookFp((List<Level> Bids, List<Level> Asks) book, int depth)
    {
        var yes = book.Bids.AsEnumerable();
        var no = book.Asks.Select(a => new Level(1 - a.Price, a.Size));
        if (depth > 0)
        {
            yes = yes.Take(depth);
            no = no.Take(depth);
        }
        return new KalshiObject
        {
            ["yes_dollars"] = yes.Reverse().Select(l => new[] { Dollars(l.Price), Count(l.Size) }).ToList(),
            ["no_dollars"] = no.Reverse().Select(l => new[] { Dollars(l.Price), Count(l.Size) }).ToList(),
        };
    }

    public static IResult Trades(HttpRequest request, TradeTape tape)
    {
        var q = request.Query;
        if (!KalshiQuery.Limit(q["limit"], 100, 1000, out var limit)) return KalshiResults.BadRequest("limit must be between 1 and 1000");
        if (!KalshiCursor.TryDecode(q["cursor"], out var before)) return KalshiResults.BadRequest("invalid cursor");
        var ticker = q["ticker"].ToString();
        var minTs = KalshiQuery.Long(q["min_ts"]);
        var maxTs = KalshiQuery.Long(q["max_ts"]);
        var trades = tape.Read(t => t.Market.Venue == Venue.Kalshi
            && (ticker.Length == 0 || t.Market.Id == ticker)
            && (minTs is null || t.Time.ToUnixTimeSeconds() >= minTs)
            && (maxTs is null || t.Time.ToUnixTimeSeconds() <= maxTs), before < 0 ? long.MaxValue : before, limit);
        return KalshiResults.Ok(new KalshiObject
        {
            ["trades"] = trades.Select(t => new KalshiObject
            {
                ["trade_id"] = t.TradeId,
                ["ticker"] = t.Market.Id,
                ["count_fp"] = Count(t.Count),
                ["yes_price_dollars"] = Dollars(t.YesPrice),
                ["no_price_dollars"] = Dollars(1 - t.YesPrice),
                ["taker_outcome_side"] = t.TakerBoughtYes ? "yes" : "no",
                ["taker_book_side"] = t.TakerBoughtYes ? "bid" : "ask",
                ["created_time"] = Rfc3339(t.Time),
                ["is_block_trade"] = false,
            }).ToList(),
            ["cursor"] = trades.Count == limit ? KalshiCursor.Encode(trades[^1].Sequence) : "",
        });
    }

    public static IResult ExchangeStatus() =>
        KalshiResults.Ok(new KalshiObject { ["exchange_active"] = true, ["trading_active"] = true });
}
