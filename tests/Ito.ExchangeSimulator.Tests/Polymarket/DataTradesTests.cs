using System.Globalization;
using System.Net;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Polymarket;

/// <summary>
/// The Data API's public trade tape (<c>GET /polymarket/data/trades</c>): the venue's parameters and row shape, fed by
/// price ticks (the crowd's trades) and by users' orders.
/// </summary>
public sealed class DataTradesTests(DataTradesTests.TickedSimulator simulator) : IClassFixture<DataTradesTests.TickedSimulator>
{
    private const string Trades = "/polymarket/data/trades";

    /// <summary>The fields of a Data API trade (docs.polymarket.com, "Get trades for a user or markets").</summary>
    private static readonly string[] DocumentedFields =
    [
        "proxyWallet", "side", "asset", "conditionId", "size", "price", "timestamp", "title", "slug", "icon", "eventSlug",
        "outcome", "outcomeIndex", "name", "pseudonym", "bio", "profileImage", "profileImageOptimized", "transactionHash",
    ];

    private HttpClient Client => simulator.Client;

    [Fact]
    public async Task Ticks_print_polymarket_trades_newest_first_in_the_data_api_shape()
    {
        var trades = (await Client.GetJson($"{Trades}?limit=200")).EnumerateArray().ToList();

        Assert.Equal(200, trades.Count);
        Assert.All(trades, t =>
        {
            Assert.Equal(DocumentedFields.Order(StringComparer.Ordinal), t.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Matches("^0x[0-9a-f]{40}$", t.GetProperty("proxyWallet").GetString());
            Assert.Contains(t.GetProperty("side").GetString(), new[] { "BUY", "SELL" });
            Assert.Matches("^[0-9]+$", t.GetProperty("asset").GetString()); // a token id, never a Kalshi ticker
            Assert.Matches("^0x[0-9a-f]{64}$", t.GetProperty("conditionId").GetString());
            Assert.Equal(JsonValueKind.Number, t.GetProperty("size").ValueKind);
            Assert.InRange(t.GetProperty("price").GetDecimal(), 0.0001m, 0.9999m);
            Assert.Equal(JsonValueKind.Number, t.GetProperty("timestamp").ValueKind);
            Assert.Equal(t.GetProperty("outcome").GetString() == "Yes" ? 0 : 1, t.GetProperty("outcomeIndex").GetInt32());
            Assert.Matches("^0x[0-9a-f]{64}$", t.GetProperty("transactionHash").GetString());
        });
        var times = trades.Select(t => t.GetProperty("timestamp").GetInt64()).ToList();
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal(trades.Count, trades.Select(t => t.GetProperty("transactionHash").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task A_users_buy_of_the_no_token_is_listed_under_its_wallet_in_that_token_with_its_makers()
    {
        var wallet = PolyWallet.Random();
        await wallet.Register(Client);
        var (_, no, conditionId) = await PolyWallet.Fixture(Client);
        var noBook = await Client.GetJson($"/polymarket/clob/book?token_id={no}");
        var bestNoAsk = Dec(noBook.GetProperty("asks").EnumerateArray().Last().GetProperty("price").GetString()!);
        var (status, _) = await Client.SendJson(wallet.L2(HttpMethod.Post, "/order", wallet.Order(no, "BUY", bestNoAsk, 5, "FOK")));
        Assert.Equal(HttpStatusCode.OK, status);

        var mine = (await Client.GetJson($"{Trades}?user={wallet.Address}")).EnumerateArray().ToList();

        Assert.NotEmpty(mine);
        Assert.All(mine, t =>
        {
            Assert.Equal(wallet.Address.ToLowerInvariant(), t.GetProperty("proxyWallet").GetString());
            Assert.Equal("BUY", t.GetProperty("side").GetString());
            Assert.Equal(no, t.GetProperty("asset").GetString());
            Assert.Equal(conditionId, t.GetProperty("conditionId").GetString());
            Assert.Equal("No", t.GetProperty("outcome").GetString());
            Assert.Equal(1, t.GetProperty("outcomeIndex").GetInt32());
            Assert.Equal(bestNoAsk, t.GetProperty("price").GetDecimal());
        });
        Assert.Equal(5m, mine.Sum(t => t.GetProperty("size").GetDecimal()));
        Assert.Empty((await Client.GetJson($"{Trades}?user={wallet.Address}&side=SELL")).EnumerateArray());

        // takerOnly=false adds each match's maker side: the same transaction, the other wallet, the same shares.
        var market = (await Client.GetJson($"{Trades}?market={conditionId}&takerOnly=false")).EnumerateArray().ToList();
        Assert.Equal(2 * mine.Count, market.Count);
        foreach (var taker in mine)
        {
            var hash = taker.GetProperty("transactionHash").GetString();
            var maker = Assert.Single(market, t => t.GetProperty("transactionHash").GetString() == hash
                && t.GetProperty("proxyWallet").GetString() != taker.GetProperty("proxyWallet").GetString());
            Assert.Equal(taker.GetProperty("size").GetDecimal(), maker.GetProperty("size").GetDecimal());
        }
        Assert.Equal(mine.Count, (await Client.GetJson($"{Trades}?market={conditionId}")).GetArrayLength());
    }

    [Fact]
    public async Task Offset_pages_meet_without_overlap_and_filters_narrow_the_tape()
    {
        var first = (await Client.GetJson($"{Trades}?limit=30&offset=0")).EnumerateArray().Select(Key).ToList();
        var second = (await Client.GetJson($"{Trades}?limit=30&offset=30")).EnumerateArray().Select(Key).ToList();
        var both = (await Client.GetJson($"{Trades}?limit=60")).EnumerateArray().Select(Key).ToList();
        Assert.Equal(both, first.Concat(second));

        var big = (await Client.GetJson($"{Trades}?filterType=TOKENS&filterAmount=250&limit=500")).EnumerateArray().ToList();
        Assert.NotEmpty(big);
        Assert.All(big, t => Assert.True(t.GetProperty("size").GetDecimal() >= 250m));
        var cash = (await Client.GetJson($"{Trades}?filterType=CASH&filterAmount=100&limit=500")).EnumerateArray().ToList();
        Assert.NotEmpty(cash);
        Assert.All(cash, t => Assert.True(t.GetProperty("size").GetDecimal() * t.GetProperty("price").GetDecimal() >= 100m));

        // Deep enough in the tape to be a tick's trade, whatever the other tests of the class traded.
        var sample = (await Client.GetJson($"{Trades}?limit=1&offset=100"))[0];
        var market = await Client.GetJson($"/polymarket/gamma/markets/slug/{sample.GetProperty("slug").GetString()}");
        var eventId = market.GetProperty("events")[0].GetProperty("id").GetString();
        var ofEvent = (await Client.GetJson($"{Trades}?eventId={eventId}&limit=500")).EnumerateArray().ToList();
        Assert.Contains(ofEvent, t => Key(t) == Key(sample));
        Assert.All(ofEvent, t => Assert.Equal(sample.GetProperty("eventSlug").GetString(), t.GetProperty("eventSlug").GetString()));
        var sells = (await Client.GetJson($"{Trades}?side=SELL&limit=100")).EnumerateArray().ToList();
        Assert.NotEmpty(sells);
        Assert.All(sells, t => Assert.Equal("SELL", t.GetProperty("side").GetString()));
    }

    [Theory]
    [InlineData("limit=10001")]
    [InlineData("offset=-1")]
    [InlineData("offset=10001")]
    [InlineData("takerOnly=maybe")]
    [InlineData("filterType=CASH")]
    [InlineData("filterAmount=5")]
    [InlineData("filterType=SHARES&filterAmount=5")]
    [InlineData("market=0x12")]
    [InlineData("market=0x1111111111111111111111111111111111111111111111111111111111111111&eventId=20001")]
    [InlineData("eventId=abc")]
    [InlineData("user=alice")]
    [InlineData("side=HOLD")]
    public async Task Invalid_parameters_are_refused_with_a_400_error(string query)
    {
        var body = await Client.GetJson($"{Trades}?{query}", HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
    }

    private static string Key(JsonElement trade) =>
        trade.GetProperty("transactionHash").GetString() + "/" + trade.GetProperty("proxyWallet").GetString();

    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>A small universe where every tick moves every market, ticked until the tape holds a few hundred trades.</summary>
    public sealed class TickedSimulator : IAsyncLifetime
    {
        private readonly ConfiguredSimulatorFactory _factory = new(new Dictionary<string, string?>
        {
            ["Simulator:MarketCount"] = "300",
            ["Simulator:TickFraction"] = "1",
        });

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = _factory.CreateClient();
            for (var i = 0; i < 8; i++)
            {
                (await Client.PostAsync("/admin/tick", null)).EnsureSuccessStatusCode();
            }
        }

        public async Task DisposeAsync() => await _factory.DisposeAsync();
    }
}
