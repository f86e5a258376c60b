using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Universe;

public sealed class PagingTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Kalshi_markets_page_through_every_market_once()
    {
        var universe = await _client.GetJson("/admin/universe");
        var tickers = await KalshiTickers(_client, 1000);
        Assert.Equal(universe.GetProperty("kalshiMarkets").GetInt32(), tickers.Count);
        Assert.Equal(tickers.Count, tickers.Distinct().Count());
        // Page size does not change the result.
        Assert.Equal(tickers, await KalshiTickers(_client, 333));
    }

    [Fact]
    public async Task Kalshi_status_filters_partition_the_markets()
    {
        var total = (await _client.GetJson("/admin/universe")).GetProperty("kalshiMarkets").GetInt32();
        var sum = 0;
        foreach (var status in new[] { "open", "closed", "settled", "unopened", "paused" })
        {
            var tickers = await KalshiTickers(_client, 1000, "&status=" + status);
            Assert.NotEmpty(tickers);
            sum += tickers.Count;
        }
        Assert.Equal(total, sum);
    }

    [Fact]
    public async Task Kalshi_events_page_through_every_event_once()
    {
        var expected = (await _client.GetJson("/admin/universe")).GetProperty("kalshiEvents").GetInt32();
        var seen = new List<string>();
        var cursor = "";
        do
        {
            var page = await _client.GetJson($"/kalshi/trade-api/v2/events?limit=200&cursor={Uri.EscapeDataString(cursor)}");
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_ticker").GetString()!));
            cursor = page.GetProperty("cursor").GetString()!;
        } while (cursor.Length > 0);
        Assert.Equal(expected, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Gamma_keyset_pages_through_open_and_closed_markets_once()
    {
        var expected = (await _client.GetJson("/admin/universe")).GetProperty("polymarketMarkets").GetInt32();
        var open = await GammaKeysetIds(_client, "closed=false");
        var closed = await GammaKeysetIds(_client, "closed=true");
        Assert.Equal(expected, open.Count + closed.Count);
        Assert.Equal(expected, open.Concat(closed).Distinct().Count());
        Assert.Equal(open, await GammaKeysetIds(_client, ""));
    }

    [Fact]
    public async Task Gamma_offset_paging_matches_keyset_paging()
    {
        var keyset = await GammaKeysetIds(_client, "closed=false");
        var offsetIds = new List<string>();
        for (var offset = 0; ; offset += 500)
        {
            var page = await _client.GetJson($"/polymarket/gamma/markets?limit=500&offset={offset}");
            offsetIds.AddRange(page.EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
            if (page.GetArrayLength() < 500) break;
        }
        Assert.Equal(keyset, offsetIds);
    }

    [Fact]
    public async Task Gamma_keyset_rejects_offset_and_omits_next_cursor_on_the_last_page()
    {
        await _client.GetJson("/polymarket/gamma/markets/keyset?offset=10", System.Net.HttpStatusCode.UnprocessableEntity);
        var page = await _client.GetJson("/polymarket/gamma/markets/keyset?limit=500");
        Assert.Equal(100, page.GetProperty("markets").GetArrayLength());
        var one = await _client.GetJson($"/polymarket/gamma/markets/keyset?id={page.GetProperty("markets")[0].GetProperty("id").GetString()}");
        Assert.False(one.TryGetProperty("next_cursor", out _));
    }

    [Fact]
    public async Task Gamma_events_keyset_and_offset_agree()
    {
        var keyset = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJson("/polymarket/gamma/events/keyset?limit=100" + (cursor is null ? "" : "&after_cursor=" + Uri.EscapeDataString(cursor)));
            keyset.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            cursor = page.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
        } while (cursor is not null);
        var offsetIds = (await _client.GetJson("/polymarket/gamma/events?limit=500&offset=0")).EnumerateArray().Select(e => e.GetProperty("id").GetString()!);
        Assert.Equal(keyset.Take(500), offsetIds);
        Assert.Equal(keyset.Count, keyset.Distinct().Count());
    }

    [Fact]
    public async Task Gamma_filters_find_markets_by_id_condition_and_token()
    {
        var market = (await _client.GetJson("/polymarket/gamma/markets?limit=1"))[0];
        var id = market.GetProperty("id").GetString();
        var condition = market.GetProperty("conditionId").GetString();
        var token = JsonDocument.Parse(market.GetProperty("clobTokenIds").GetString()!).RootElement[1].GetString();
        foreach (var query in new[] { $"id={id}", $"condition_ids={condition}", $"clob_token_ids={token}" })
        {
            var found = await _client.GetJson("/polymarket/gamma/markets?" + query);
            Assert.Equal(id, Assert.Single(found.EnumerateArray()).GetProperty("id").GetString());
        }
        var tags = await _client.GetJson("/polymarket/gamma/tags");
        Assert.True(tags.GetArrayLength() >= 18);
        var tagged = await _client.GetJson($"/polymarket/gamma/markets?tag_id={tags[0].GetProperty("id").GetString()}&limit=5");
        Assert.True(tagged.GetArrayLength() > 0);
        var ordered = (await _client.GetJson("/polymarket/gamma/markets?order=volumeNum&ascending=false&limit=50"))
            .EnumerateArray().Select(m => m.GetProperty("volumeNum").GetDecimal()).ToList();
        Assert.Equal(ordered.OrderByDescending(v => v), ordered);
    }

    internal static async Task<List<string>> KalshiTickers(HttpClient client, int limit, string filter = "")
    {
        var tickers = new List<string>();
        var cursor = "";
        do
        {
            var page = await client.GetJson($"/kalshi/trade-api/v2/markets?limit={limit}{filter}&cursor={Uri.EscapeDataString(cursor)}");
            tickers.AddRange(page.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("ticker").GetString()!));
            cursor = page.GetProperty("cursor").GetString()!;
        } while (cursor.Length > 0);
        return tickers;
    }

    internal static async Task<List<string>> GammaKeysetIds(HttpClient client, string filter)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJson($"/polymarket/gamma/markets/keyset?limit=100&{filter}" + (cursor is null ? "" : "&after_cursor=" + Uri.EscapeDataString(cursor)));
            ids.AddRange(page.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("id").GetString()!));
            cursor = page.TryGetProperty("next_cursor", out var next) ? next.GetString() : null;
        } while (cursor is not null);
        return ids;
    }
}
