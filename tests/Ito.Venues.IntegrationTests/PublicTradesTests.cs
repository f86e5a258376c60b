using System.Net;
using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Data;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;

namespace Ito.Venues.IntegrationTests;

/// <summary>
/// Public trade tapes through the venue clients: Kalshi's <c>/markets/trades</c> (cursor paging) and the Polymarket Data
/// API's <c>/trades</c> (offset paging). The simulator's prices are frozen, so each test makes its trades first: price
/// ticks (<c>POST /admin/tick</c>) print the crowd's trades, orders print the user's.
/// </summary>
public class PublicTradesTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>
{
    private PolymarketDataClient Data => simulator.Clients.Data;

    private KalshiClient Kalshi => simulator.Clients.Kalshi;

    [Fact]
    public async Task Polymarket_trades_printed_by_ticks_are_listed_newest_first_and_end_at_the_markets_last_trade_price()
    {
        await TickAsync(times: 3);

        var tape = await Data.GetTradesAsync(new DataTradesQuery { Limit = 100 });

        Assert.NotEmpty(tape);
        Assert.Equal(tape.OrderByDescending(t => t.Timestamp).Select(t => t.TransactionHash), tape.Select(t => t.TransactionHash));
        var newest = tape[0];
        var ofMarket = await Data.GetTradesAsync(market: newest.ConditionId);
        Assert.Equal(newest.TransactionHash, ofMarket[0].TransactionHash);
        Assert.All(ofMarket, t => Assert.Equal(newest.ConditionId, t.ConditionId));

        var market = (await simulator.Clients.Gamma.GetMarketBySlugAsync(newest.Slug!))!;
        Assert.Equal(market.ConditionId, newest.ConditionId);
        Assert.Equal(market.Question, newest.Title);
        Assert.Contains(newest.Asset, market.ClobTokenIds);
        Assert.Equal(market.TokenIdFor(newest.Outcome!), newest.Asset);
        // A tick's trade prints the market's new price, so the newest trade is the market's last trade.
        var yesPrice = newest.Outcome == "Yes" ? newest.Price : 1 - newest.Price;
        Assert.Equal(market.LastTradePrice, yesPrice);
        Assert.True(DateTimeOffset.UtcNow - newest.Timestamp!.Value < TimeSpan.FromMinutes(5));
        Assert.Matches("^0x[0-9a-f]{40}$", newest.ProxyWallet);
    }

    [Fact]
    public async Task A_polymarket_buy_is_a_public_trade_under_the_wallet_with_its_maker_side_on_request()
    {
        var market = await TradableGammaMarketAsync();
        var yes = market.TokenIdFor("Yes")!;
        var ask = (await simulator.Clients.Clob.GetOrderBookAsync(yes)).BestAsk!.Value;
        var size = Math.Max(market.OrderMinSize ?? 5m, 5m);
        var signed = PolymarketOrders.Limit(market, yes, PolymarketOrderSide.Buy, ask.Price, size);
        var placement = await simulator.Clients.Clob.PlaceOrderAsync(signed, simulator.PolymarketCredentials.ApiKey, PolymarketOrderType.Fok);
        Assert.Equal("matched", placement.Posted!.Status);

        var mine = await Data.GetTradesAsync(new DataTradesQuery { User = TestKeys.PolymarketAddress, ConditionIds = [market.ConditionId!] });

        Assert.NotEmpty(mine);
        Assert.Equal(size, mine.Sum(t => t.Size));
        Assert.All(mine, t =>
        {
            Assert.Equal(TestKeys.PolymarketAddress, t.ProxyWallet, ignoreCase: true);
            Assert.Equal("BUY", t.Side);
            Assert.Equal(yes, t.Asset);
            Assert.Equal("Yes", t.Outcome);
            Assert.Equal(0, t.OutcomeIndex);
            Assert.Equal(ask.Price, t.Price);
        });
        Assert.Empty(await Data.GetTradesAsync(new DataTradesQuery { User = TestKeys.PolymarketAddress, Side = "SELL" }));

        // Each match once more from its maker's side: the same transaction, another wallet, the other side of the same shares.
        var bothSides = await Data.GetTradesAsync(new DataTradesQuery { ConditionIds = [market.ConditionId!], TakerOnly = false });
        Assert.All(mine, taker =>
        {
            var match = bothSides.Where(t => t.TransactionHash == taker.TransactionHash).ToList();
            Assert.Equal(2, match.Count);
            var maker = Assert.Single(match, t => !string.Equals(t.ProxyWallet, taker.ProxyWallet, StringComparison.OrdinalIgnoreCase));
            Assert.Equal("SELL", maker.Side);
            Assert.Equal(taker.Size, maker.Size);
        });
    }

    [Fact]
    public async Task Polymarket_trade_parameters_the_venue_refuses_come_back_as_a_venue_error()
    {
        var rejected = await Assert.ThrowsAsync<VenueApiException>(() => Data.GetTradesAsync(new DataTradesQuery { Limit = 10_001 }));

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
    }

    [Fact]
    public async Task Kalshi_trades_printed_by_ticks_page_by_cursor_to_the_same_tape_newest_first()
    {
        await TickAsync(times: 3);

        var whole = await AllKalshiTradesAsync(new KalshiTradesQuery { Limit = 1000 });
        var paged = await AllKalshiTradesAsync(new KalshiTradesQuery { Limit = 7 });

        Assert.True(whole.Count > 7, $"{whole.Count} trades: too few to span several pages");
        Assert.Equal(whole.Select(t => t.TradeId), paged.Select(t => t.TradeId));
        Assert.True(simulator.Requests.Count("GET", "/markets/trades") >= 1 + (whole.Count + 6) / 7);
        Assert.Equal(whole.OrderByDescending(t => t.CreatedTime).Select(t => t.TradeId), whole.Select(t => t.TradeId));
        Assert.All(whole, t => Assert.Equal(1m, t.YesPriceDollars + t.NoPriceDollars));

        var newest = whole[0];
        var ofTicker = await AllKalshiTradesAsync(new KalshiTradesQuery { Ticker = newest.Ticker });
        Assert.All(ofTicker, t => Assert.Equal(newest.Ticker, t.Ticker));
        Assert.Equal(newest.TradeId, ofTicker[0].TradeId);
        var market = (await Kalshi.GetMarketAsync(newest.Ticker))!;
        Assert.Equal(market.LastPrice, newest.YesPriceDollars);
    }

    [Fact]
    public async Task A_kalshi_buy_is_a_public_trade_with_the_taker_on_the_yes_side()
    {
        var market = await TradableKalshiMarketAsync();
        var ask = (await Kalshi.GetOrderbookAsync(market.Ticker)).BestYesAsk!.Value;
        var count = Math.Min(3m, Math.Floor(ask.Size));
        // Ticks in other tests may have traded this market too: the order's trades are the ones on top of the tape.
        var before = (await AllKalshiTradesAsync(new KalshiTradesQuery { Ticker = market.Ticker })).Count;
        var placement = await Kalshi.PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = market.Ticker, ClientOrderId = Guid.NewGuid().ToString(), Side = KalshiCreateOrderRequest.Bid,
            Count = count, Price = ask.Price, TimeInForce = KalshiTimeInForce.ImmediateOrCancel,
        });
        Assert.Equal(count, placement.Created!.FillCount);

        var all = await AllKalshiTradesAsync(new KalshiTradesQuery { Ticker = market.Ticker });
        var trades = all.Take(all.Count - before).ToList();

        Assert.NotEmpty(trades);
        Assert.Equal(count, trades.Sum(t => t.CountFp));
        Assert.All(trades, t =>
        {
            Assert.Equal(ask.Price, t.YesPriceDollars);
            Assert.Equal(1 - ask.Price, t.NoPriceDollars);
            Assert.Equal("yes", t.TakerOutcomeSide);
            Assert.Equal("bid", t.TakerBookSide);
            Assert.False(t.IsBlockTrade);
        });
    }

    private async Task TickAsync(int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await simulator.Admin.PostAsync("admin/tick", content: null);
            response.EnsureSuccessStatusCode();
        }
    }

    private async Task<List<KalshiTrade>> AllKalshiTradesAsync(KalshiTradesQuery query)
    {
        var trades = new List<KalshiTrade>();
        await foreach (var trade in Kalshi.GetAllTradesAsync(query))
        {
            trades.Add(trade);
        }

        return trades;
    }

    private async Task<GammaMarket> TradableGammaMarketAsync()
    {
        await foreach (var market in simulator.Clients.Gamma.GetAllMarketsAsync(new GammaListQuery { Limit = 100, Closed = false }))
        {
            if (market.AcceptingOrders == true && market.NegRisk != true && market.BestBid is > 0.05m && market.BestAsk is < 0.95m)
            {
                return market;
            }
        }

        throw new InvalidOperationException("no open Polymarket market with a two-sided book");
    }

    private async Task<KalshiMarket> TradableKalshiMarketAsync()
    {
        await foreach (var market in Kalshi.GetAllMarketsAsync(new KalshiMarketsQuery { Status = "open", Limit = 1000 }))
        {
            if (market.YesBid is > 0.05m && market.YesAsk is < 0.95m)
            {
                return market;
            }
        }

        throw new InvalidOperationException("no open Kalshi market with a two-sided book");
    }
}
