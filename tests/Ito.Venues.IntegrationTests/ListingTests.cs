using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Kalshi;
using Ito.Venues.Polymarket.Gamma;

namespace Ito.Venues.IntegrationTests;

/// <summary>Listing a whole venue by following its paging to the end: every item once, nothing missing.</summary>
public class ListingTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>
{
    [Fact]
    public async Task Kalshi_markets_paged_200_at_a_time_are_the_whole_universe_once()
    {
        var universe = await simulator.UniverseAsync();

        var tickers = new List<string>();
        await foreach (var market in simulator.Clients.Kalshi.GetAllMarketsAsync(new KalshiMarketsQuery { Limit = 200 }))
        {
            tickers.Add(market.Ticker);
        }

        Assert.True(universe.KalshiMarkets > 200, "the universe must span several pages for this test to mean anything");
        Assert.Equal(universe.KalshiMarkets, tickers.Count);
        Assert.Equal(tickers.Count, tickers.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(tickers, string.IsNullOrEmpty);
        Assert.True(simulator.Requests.Count("GET", "/kalshi/trade-api/v2/markets") >= (universe.KalshiMarkets + 199) / 200);
    }

    [Fact]
    public async Task Kalshi_events_paged_are_every_event_once()
    {
        var universe = await simulator.UniverseAsync();

        var events = new List<string>();
        await foreach (var e in simulator.Clients.Kalshi.GetAllEventsAsync(new KalshiEventsQuery { Limit = 50 }))
        {
            events.Add(e.EventTicker);
        }

        Assert.True(universe.KalshiEvents > 50);
        Assert.Equal(universe.KalshiEvents, events.Count);
        Assert.Equal(events.Count, events.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Gamma_keyset_paging_of_open_and_closed_markets_is_the_whole_universe_once()
    {
        var universe = await simulator.UniverseAsync();

        var open = await ListKeysetAsync(closed: false);
        var closed = await ListKeysetAsync(closed: true);
        var ids = open.Concat(closed).Select(m => m.Id).ToList();

        Assert.True(open.Count > 100, "open markets must span several keyset pages");
        Assert.Equal(universe.PolymarketMarkets, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(open, m => Assert.False(m.Closed));
        Assert.All(closed, m => Assert.True(m.Closed));
    }

    [Fact]
    public async Task Gamma_offset_paging_finds_the_same_markets_as_keyset_paging()
    {
        var keyset = (await ListKeysetAsync(closed: false)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

        var offsetIds = new List<string>();
        const int limit = 100;
        for (var offset = 0; ; offset += limit)
        {
            var page = await simulator.Clients.Gamma.GetMarketsAsync(new GammaListQuery { Limit = limit, Closed = false }, offset);
            offsetIds.AddRange(page.Select(m => m.Id));
            if (page.Count < limit)
            {
                break;
            }
        }

        Assert.Equal(offsetIds.Count, offsetIds.Distinct(StringComparer.Ordinal).Count());
        Assert.True(keyset.SetEquals(offsetIds), $"offset paging gave {offsetIds.Count} markets, keyset paging {keyset.Count}");
    }

    [Fact]
    public async Task Gamma_events_keyset_walk_of_open_and_closed_events_is_every_event_once_with_its_markets()
    {
        var universe = await simulator.UniverseAsync();

        var open = await ListEventsKeysetAsync(closed: false);
        var closed = await ListEventsKeysetAsync(closed: true);
        var ids = open.Concat(closed).Select(e => e.Id).ToList();

        Assert.True(open.Count > 100, "open events must span several keyset pages");
        Assert.Equal(universe.PolymarketEvents, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(open, e => Assert.False(e.Closed));
        Assert.All(closed, e => Assert.True(e.Closed));
        Assert.All(open.Concat(closed), e => Assert.NotEmpty(e.Markets!));
        // Markets are listed by their own walk; an event's markets are exactly the markets pointing back at it.
        var markets = await ListKeysetAsync(closed: false);
        Assert.Equal(markets.Select(m => m.Id).Order(StringComparer.Ordinal),
            open.SelectMany(e => e.Markets!).Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Gamma_events_offset_paging_finds_the_same_events_as_keyset_paging()
    {
        var keyset = (await ListEventsKeysetAsync(closed: false)).Select(e => e.Id).ToList();

        var offsetIds = new List<string>();
        const int limit = 100;
        for (var offset = 0; ; offset += limit)
        {
            var page = await simulator.Clients.Gamma.GetEventsAsync(new GammaListQuery { Limit = limit, Closed = false }, offset);
            offsetIds.AddRange(page.Select(e => e.Id));
            if (page.Count < limit)
            {
                break;
            }
        }

        Assert.True(offsetIds.Count > limit, "open events must span several offset pages");
        Assert.Equal(keyset, offsetIds);
    }

    [Fact]
    public async Task Gamma_json_encoded_string_fields_are_parsed_into_lists()
    {
        var markets = await ListKeysetAsync(closed: false);

        Assert.All(markets, m =>
        {
            Assert.Equal(["Yes", "No"], m.Outcomes);
            Assert.Equal(2, m.ClobTokenIds.Count);
            Assert.NotEqual(m.ClobTokenIds[0], m.ClobTokenIds[1]);
            Assert.All(m.ClobTokenIds, id => Assert.True(System.Numerics.BigInteger.TryParse(id, out var n) && n > 0, $"token id {id}"));
            Assert.Equal(2, m.OutcomePrices.Count);
            Assert.All(m.OutcomePriceValues, p => Assert.InRange(p!.Value, 0m, 1m));
            Assert.Equal(m.ClobTokenIds[0], m.TokenIdFor("yes"));
        });
        var tokens = markets.SelectMany(m => m.ClobTokenIds).ToList();
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    private async Task<List<GammaEvent>> ListEventsKeysetAsync(bool closed)
    {
        var events = new List<GammaEvent>();
        await foreach (var e in simulator.Clients.Gamma.GetAllEventsAsync(new GammaListQuery { Limit = 100, Closed = closed }))
        {
            events.Add(e);
        }

        return events;
    }

    private async Task<List<GammaMarket>> ListKeysetAsync(bool closed)
    {
        var markets = new List<GammaMarket>();
        await foreach (var market in simulator.Clients.Gamma.GetAllMarketsAsync(new GammaListQuery { Limit = 100, Closed = closed }))
        {
            markets.Add(market);
        }

        return markets;
    }
}
