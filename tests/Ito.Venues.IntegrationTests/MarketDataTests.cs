using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;

namespace Ito.Venues.IntegrationTests;

/// <summary>One market in depth: its order books (best price last on the wire) and its history (over a year, ending now).</summary>
public class MarketDataTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>
{
    [Fact]
    public async Task Kalshi_orderbook_best_bid_is_the_last_level_and_matches_the_market_quote()
    {
        var market = await OpenKalshiMarketAsync();

        var book = await simulator.Clients.Kalshi.GetOrderbookAsync(market.Ticker);

        Assert.True(book.YesBids.Count > 1 && book.NoBids.Count > 1, "a two-sided book with depth");
        Assert.Equal(book.YesBids.OrderBy(l => l.Price).Select(l => l.Price), book.YesBids.Select(l => l.Price));
        Assert.Equal(book.YesBids.Max(l => l.Price), book.BestYesBid!.Value.Price);
        Assert.Equal(market.YesBid, book.BestYesBid.Value.Price);
        Assert.Equal(market.YesAsk, book.BestYesAsk!.Value.Price);
        Assert.True(book.BestYesBid.Value.Price < book.BestYesAsk.Value.Price, "the book is not crossed");

        var batch = await simulator.Clients.Kalshi.GetOrderbooksAsync([market.Ticker]);
        Assert.Equal(book, Assert.Single(batch).Orderbook, KalshiBookComparer.Instance);
    }

    [Fact]
    public async Task Clob_book_hash_verifies_and_best_prices_are_the_last_levels()
    {
        var market = await OpenGammaMarketAsync();

        var book = await simulator.Clients.Clob.GetOrderBookAsync(market.TokenIdFor("Yes")!);

        Assert.True(OrderBookHash.IsValid(book), $"hash {book.Hash} does not match the book's content");
        Assert.Equal(market.ConditionId, book.Market);
        Assert.True(book.Bids.Count > 1 && book.Asks.Count > 1);
        Assert.Equal(book.Bids.Max(l => l.Price), book.BestBid!.Value.Price);
        Assert.Equal(book.Asks.Min(l => l.Price), book.BestAsk!.Value.Price);
        Assert.Equal(market.BestBid, book.BestBid.Value.Price);
        Assert.Equal(market.BestAsk, book.BestAsk.Value.Price);
    }

    [Fact]
    public async Task Clob_books_batch_returns_each_requested_token_with_a_valid_hash()
    {
        var market = await OpenGammaMarketAsync();

        var books = await simulator.Clients.Clob.GetOrderBooksAsync(market.ClobTokenIds);

        Assert.Equal(market.ClobTokenIds.Order(StringComparer.Ordinal), books.Select(b => b.AssetId).Order(StringComparer.Ordinal));
        Assert.All(books, b => Assert.True(OrderBookHash.IsValid(b), $"hash of {b.AssetId}"));
        // YES and NO are one book seen from both sides: the best YES bid is 1 − the best NO ask.
        var yes = books.Single(b => b.AssetId == market.ClobTokenIds[0]);
        var no = books.Single(b => b.AssetId == market.ClobTokenIds[1]);
        Assert.Equal(1m - no.BestAsk!.Value.Price, yes.BestBid!.Value.Price);
    }

    [Fact]
    public async Task Kalshi_daily_candlesticks_over_400_days_end_at_the_current_price()
    {
        var market = await OpenKalshiMarketAsync(m => m.OpenTime < DateTimeOffset.UtcNow.AddDays(-400));
        var series = (await simulator.Clients.Kalshi.GetEventAsync(market.EventTicker))!.Event.SeriesTicker!;
        var now = DateTimeOffset.UtcNow;
        // Candles are selected by their period END, so the day in progress (ending at the next midnight) needs end_ts past it.
        var end = now.AddDays(1);

        var candles = await simulator.Clients.Kalshi.GetCandlesticksAsync(series, market.Ticker, now.AddDays(-400), end, periodMinutes: 1440);

        Assert.InRange(candles.Count, 400, 401);
        Assert.Equal(candles.OrderBy(c => c.EndPeriodTs).Select(c => c.EndPeriodTs), candles.Select(c => c.EndPeriodTs));
        Assert.All(candles, c => Assert.Equal(0, c.EndPeriodTs % 86_400));
        Assert.Equal(Math.Round(market.LastPrice!.Value, 2), candles[^1].Price!.Close);
        Assert.True(candles[^1].EndPeriod > now && candles[^1].EndPeriod <= now.AddDays(1), "the last candle is the day in progress");
    }

    [Fact]
    public async Task Clob_price_history_of_a_yes_token_covers_more_than_a_year_and_ends_at_the_last_trade()
    {
        var market = await OpenGammaMarketAsync(m => m.StartDate < DateTimeOffset.UtcNow.AddDays(-400));

        var history = await simulator.Clients.Clob.GetPriceHistoryAsync(market.TokenIdFor("Yes")!,
            new ClobPriceHistoryQuery { Interval = "max", FidelityMinutes = 1440 });

        Assert.True(history.History.Count > 365);
        Assert.True(history.History[^1].Time - history.History[0].Time > TimeSpan.FromDays(365));
        Assert.Equal(history.History.OrderBy(p => p.T).Select(p => p.T), history.History.Select(p => p.T));
        Assert.All(history.History, p => Assert.InRange(p.P, 0m, 1m));
        Assert.True(DateTimeOffset.UtcNow - history.History[^1].Time < TimeSpan.FromMinutes(5), "the series ends now");
        Assert.InRange(history.History[^1].P - market.LastTradePrice!.Value, -0.0005m, 0.0005m);
    }

    private async Task<KalshiMarket> OpenKalshiMarketAsync(Func<KalshiMarket, bool>? also = null)
    {
        await foreach (var market in simulator.Clients.Kalshi.GetAllMarketsAsync(new KalshiMarketsQuery { Status = "open", Limit = 1000 }))
        {
            if (market.YesBid is > 0.05m && market.YesAsk is < 0.95m && (also is null || also(market)))
            {
                return market;
            }
        }

        throw new InvalidOperationException("no open Kalshi market with a two-sided book in the universe");
    }

    private async Task<GammaMarket> OpenGammaMarketAsync(Func<GammaMarket, bool>? also = null)
    {
        await foreach (var market in simulator.Clients.Gamma.GetAllMarketsAsync(new GammaListQuery { Limit = 100, Closed = false }))
        {
            if (market.AcceptingOrders == true && market.BestBid is > 0.05m && market.BestAsk is < 0.95m && (also is null || also(market)))
            {
                return market;
            }
        }

        throw new InvalidOperationException("no open Polymarket market with a two-sided book in the universe");
    }

    private sealed class KalshiBookComparer : IEqualityComparer<KalshiOrderbook>
    {
        public static readonly KalshiBookComparer Instance = new();

        public bool Equals(KalshiOrderbook? x, KalshiOrderbook? y) =>
            x is not null && y is not null && x.YesBids.SequenceEqual(y.YesBids) && x.NoBids.SequenceEqual(y.NoBids);

        public int GetHashCode(KalshiOrderbook obj) => obj.YesBids.Count;
    }
}
