using System.Text.Json;
using Ito.Venues.Json;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Models;

/// <summary>Real Polymarket bodies (shared/venues/payloads) parse into our wire models, quirks included.</summary>
public class PolymarketPayloadParsingTests
{
    private static T Parse<T>(string payload) => JsonSerializer.Deserialize<T>(SharedFiles.Payload(payload), VenueJson.Options)!;

    [Fact]
    public void Gamma_market_559651()
    {
        var market = Parse<GammaMarket>("polymarket_gamma_GET_markets_559651_include_tag");

        Assert.Equal("559651", market.Id);
        Assert.Equal("0xa467b14d51f01b957109d9cbb1d6c124fab2a089d52ed8f471d23c2812e743b7", market.ConditionId);
        Assert.Equal(["Yes", "No"], market.Outcomes);
        Assert.Equal(["0.0455", "0.9545"], market.OutcomePrices);
        Assert.Equal([0.0455m, 0.9545m], market.OutcomePriceValues);
        Assert.Equal(2, market.ClobTokenIds.Count);
        Assert.Equal("32338220190071351435772801779725302244575775216413325951443816017994629993401", market.TokenIdFor("yes"));
        Assert.Equal("25659310674993675562345759665114759892400026242514633218387667107987341231962", market.TokenIdFor("No"));
        Assert.Equal(2, market.PositionIds!.Count);
        Assert.Equal(237253.02375m, market.Liquidity);
        Assert.Equal(12071015.216477996m, market.Volume);
        Assert.Equal(0.001m, market.OrderPriceMinTickSize);
        Assert.Equal(5m, market.OrderMinSize);
        Assert.Equal(0.045m, market.BestBid);
        Assert.Equal(0.046m, market.BestAsk);
        Assert.False(market.NegRisk);
        Assert.Equal(0.04m, market.FeeSchedule!.Rate);
        Assert.Contains(market.Tags!, t => t.Label == "world affairs");
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), market.EndDate);
        Assert.Empty(market.UmaResolutionStatuses);
    }

    [Fact]
    public void Gamma_event_2890_with_numbers_where_markets_have_strings()
    {
        var ev = Parse<GammaEvent>("polymarket_gamma_GET_events_2890_compacted");

        Assert.Equal("2890", ev.Id);
        Assert.Equal(0m, ev.Liquidity);
        Assert.Equal(1335.05m, ev.Volume);
        Assert.Equal("Sports", ev.Category);
        Assert.Equal(new DateTimeOffset(2022, 7, 27, 14, 40, 2, 64, TimeSpan.Zero), ev.PublishedAt);
        Assert.Equal("nba", ev.Series![0].Ticker);

        var market = Assert.Single(ev.Markets!);
        Assert.Equal(50.000009m, market.Liquidity);
        Assert.Equal(1335.045385m, market.Volume);
        Assert.Equal(new DateTimeOffset(2021, 12, 5, 20, 37, 1, TimeSpan.Zero), market.ClosedTime);
        // 40 decimals: kept verbatim as text, rounded when read as decimal.
        Assert.Equal("0.0000004113679809846114013590098187297978", market.OutcomePrices[0]);
        Assert.InRange(market.OutcomePriceValues[0]!.Value, 0.00000041136m, 0.00000041137m);
        Assert.Equal(2, market.ClobTokenIds.Count);
    }

    [Fact]
    public void Clob_book_best_prices_are_the_last_levels()
    {
        var book = Parse<ClobOrderBook>("polymarket_clob_GET_book_trimmed");

        Assert.Equal("32338220190071351435772801779725302244575775216413325951443816017994629993401", book.AssetId);
        Assert.Equal(new PriceLevel(0.002m, 2301172.5m), book.BestBid);
        Assert.Equal(new PriceLevel(0.046m, 2906.87m), book.BestAsk);
        Assert.Equal(5m, book.MinOrderSize);
        Assert.Equal(0.001m, book.TickSize);
        Assert.Equal(0.045m, book.LastTradePrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786863545542), book.Time);
    }

    [Fact]
    public void Clob_live_books_have_bids_ascending_and_asks_descending()
    {
        foreach (var payload in SharedFiles.Payloads("polymarket_clob_GET_book_token_"))
        {
            var book = JsonSerializer.Deserialize<ClobOrderBook>(File.ReadAllText(payload), VenueJson.Options)!;
            Assert.Equal(book.Bids.Max(l => l.Price), book.BestBid!.Value.Price);
            Assert.Equal(book.Asks.Min(l => l.Price), book.BestAsk!.Value.Price);
            Assert.True(book.BestBid.Value.Price < book.BestAsk.Value.Price);
        }
    }

    [Fact]
    public void Clob_market()
    {
        var market = Parse<ClobMarket>("polymarket_clob_GET_markets_conditionId_trimmed");

        Assert.Equal("0xa467b14d51f01b957109d9cbb1d6c124fab2a089d52ed8f471d23c2812e743b7", market.ConditionId);
        Assert.Equal(0.001m, market.MinimumTickSize);
        Assert.Equal(5m, market.MinimumOrderSize);
        Assert.False(market.NegRisk);
        Assert.Equal(2, market.Tokens.Count);
        Assert.Equal(0.0445m, market.Tokens[0].Price);
        Assert.Equal("Yes", market.Tokens[0].Outcome);
    }

    [Fact]
    public void Clob_compact_market_info()
    {
        var info = Parse<ClobMarketInfo>("polymarket_clob_GET_clob-markets_conditionId");

        Assert.Equal(2, info.Tokens.Count);
        Assert.Equal("No", info.Tokens[1].Outcome);
        Assert.Equal(5m, info.MinimumOrderSize);
        Assert.Equal(0.001m, info.MinimumTickSize);
        Assert.Equal(1000m, info.TakerBaseFeeBps);
        Assert.Equal(0.04m, info.Fees!.Rate);
        Assert.True(info.Fees.TakerOnly);
    }

    [Fact]
    public void Clob_prices_history()
    {
        var history = Parse<ClobPriceHistory>("UNLABELED_polymarket_clob_GET_prices-history");

        Assert.Equal(2, history.History.Count);
        Assert.Equal(1786860613, history.History[0].T);
        Assert.Equal(0.0445m, history.History[0].P);
        Assert.Equal(0.0455m, history.History[1].P);
    }
}
