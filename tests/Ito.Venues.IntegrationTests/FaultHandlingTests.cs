using System.Net;
using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ito.Venues.IntegrationTests;

/// <summary>
/// Faults injected by the simulator (<c>POST /admin/faults</c>) against clients with short timeouts and a sensitive
/// breaker. Attempts are counted where they land — at the simulator's socket — so a retry layer left stacked on top of
/// the venue pipeline (the platform's standard handler) would show up as extra requests, and a re-sent order as a
/// second order. Every test builds its own clients: breaker state must not leak into the next test.
/// </summary>
public class FaultHandlingTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>, IAsyncLifetime
{
    private const int MaxReadRetries = 2;

    private static readonly string[] Venues = ["Kalshi", "Polymarket"];

    private readonly VenueClients _clients = VenueClients.Create(simulator.Settings(FastResilience()));

    public Task InitializeAsync() => simulator.ClearFaultsAsync();

    public async Task DisposeAsync()
    {
        _clients.Dispose();
        await simulator.ClearFaultsAsync();
    }

    [Fact]
    public async Task A_burst_of_429s_on_a_read_is_retried_and_the_read_succeeds()
    {
        var ticker = await KalshiTickerAsync();
        var path = "/kalshi/trade-api/v2/markets/" + ticker;
        await simulator.AddFaultAsync(new { venue = "kalshi", path, tooManyRequests = 2 });
        var before = simulator.Requests.Count("GET", path);

        var market = await _clients.Kalshi.GetMarketAsync(ticker);

        Assert.Equal(ticker, market!.Ticker);
        Assert.Equal(3, simulator.Requests.Count("GET", path) - before);
    }

    [Fact]
    public async Task Server_errors_on_a_read_are_retried_and_the_read_succeeds()
    {
        var token = (await GammaMarketAsync(0)).TokenIdFor("Yes")!;
        const string path = "/polymarket/clob/book";
        await simulator.AddFaultAsync(new { venue = "polymarket", path, serverErrors = 2, serverErrorStatus = 503 });
        var before = simulator.Requests.Count("GET", path);

        var book = await _clients.Clob.GetOrderBookAsync(token);

        Assert.Equal(token, book.AssetId);
        Assert.Equal(3, simulator.Requests.Count("GET", path) - before);
    }

    [Fact]
    public async Task Read_retries_stop_at_the_configured_limit_so_no_second_retry_layer_is_stacked()
    {
        var ticker = await KalshiTickerAsync();
        var path = "/kalshi/trade-api/v2/markets/" + ticker;
        // One more failure than the venue pipeline retries: a stacked standard handler would retry once more and succeed.
        await simulator.AddFaultAsync(new { venue = "kalshi", path, serverErrors = MaxReadRetries + 1 });
        var before = simulator.Requests.Count("GET", path);

        var failure = await Assert.ThrowsAsync<VenueApiException>(() => _clients.Kalshi.GetMarketAsync(ticker));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.StatusCode);
        Assert.Equal(MaxReadRetries + 1, simulator.Requests.Count("GET", path) - before);
    }

    [Fact]
    public async Task Sustained_server_errors_open_the_circuit_breaker_which_closes_again_after_the_break()
    {
        var ticker = await KalshiTickerAsync();
        var path = "/kalshi/trade-api/v2/markets/" + ticker;
        await simulator.AddFaultAsync(new { venue = "kalshi", path, serverErrorRate = 1.0, seed = 7 });
        var before = simulator.Requests.Count("GET", path);

        await Assert.ThrowsAsync<VenueApiException>(() => _clients.Kalshi.GetMarketAsync(ticker));
        var reached = simulator.Requests.Count("GET", path) - before;
        await Assert.ThrowsAsync<BrokenCircuitException>(() => _clients.Kalshi.GetMarketAsync(ticker));

        Assert.Equal(MaxReadRetries + 1, reached);
        Assert.Equal(reached, simulator.Requests.Count("GET", path) - before); // the open breaker sent nothing

        await simulator.ClearFaultsAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the break duration
        Assert.Equal(ticker, (await _clients.Kalshi.GetMarketAsync(ticker))!.Ticker);
    }

    [Fact]
    public async Task Latency_beyond_the_attempt_timeout_is_a_timeout_error()
    {
        var ticker = await KalshiTickerAsync();
        var path = "/kalshi/trade-api/v2/markets/" + ticker;
        await simulator.AddFaultAsync(new { venue = "kalshi", path, latencyMs = 3_000 });

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => _clients.Kalshi.GetMarketAsync(ticker));
    }

    [Fact]
    public async Task A_Kalshi_order_whose_connection_dropped_before_it_landed_is_looked_up_then_placed_once()
    {
        var ticker = await KalshiTickerAsync();
        const string path = "/kalshi/trade-api/v2/portfolio/events/orders";
        await simulator.AddFaultAsync(new { venue = "kalshi", path, drops = 1 });
        var posts = simulator.Requests.Count("POST", path);
        var clientOrderId = Guid.NewGuid().ToString();

        var placement = await _clients.Kalshi.PlaceOrderAsync(RestingBid(ticker, clientOrderId));

        Assert.False(placement.Reconciled); // the lookup found nothing, so it was submitted again
        Assert.NotNull(placement.Created);
        Assert.Equal(2, simulator.Requests.Count("POST", path) - posts);
        Assert.Equal(1, await KalshiOrdersWithClientOrderIdAsync(ticker, clientOrderId));
    }

    [Fact]
    public async Task A_Kalshi_order_whose_answer_was_lost_after_it_landed_is_reconciled_not_placed_twice()
    {
        var ticker = await KalshiTickerAsync();
        const string path = "/kalshi/trade-api/v2/portfolio/events/orders";
        simulator.Requests.LoseNextAnswer("POST", path);
        var posts = simulator.Requests.Count("POST", path);
        var clientOrderId = Guid.NewGuid().ToString();

        var placement = await _clients.Kalshi.PlaceOrderAsync(RestingBid(ticker, clientOrderId));

        Assert.True(placement.Reconciled);
        Assert.Equal(clientOrderId, placement.Existing!.ClientOrderId);
        Assert.Equal("resting", placement.Existing.Status);
        Assert.Equal(1, simulator.Requests.Count("POST", path) - posts);
        Assert.Equal(1, await KalshiOrdersWithClientOrderIdAsync(ticker, clientOrderId));
    }

    [Fact]
    public async Task A_Polymarket_order_whose_connection_dropped_before_it_landed_is_looked_up_then_placed_once()
    {
        var market = await GammaMarketAsync(1);
        const string path = "/polymarket/clob/order";
        await simulator.AddFaultAsync(new { venue = "polymarket", path, drops = 1 });
        var posts = simulator.Requests.Count("POST", path);
        var order = PolymarketOrders.Limit(market, market.TokenIdFor("Yes")!, PolymarketOrderSide.Buy, market.OrderPriceMinTickSize!.Value, 5m);

        var placement = await _clients.Clob.PlaceOrderAsync(order, simulator.PolymarketCredentials.ApiKey, PolymarketOrderType.Gtc);

        Assert.False(placement.Reconciled);
        Assert.Equal("live", placement.Posted!.Status);
        Assert.Equal(2, simulator.Requests.Count("POST", path) - posts);
        Assert.Equal(order.Digest, (await _clients.Clob.GetOrderAsync(order.Digest))!.Id);
    }

    [Fact]
    public async Task A_Polymarket_order_whose_answer_was_lost_after_it_landed_is_reconciled_not_placed_twice()
    {
        var market = await GammaMarketAsync(2);
        const string path = "/polymarket/clob/order";
        simulator.Requests.LoseNextAnswer("POST", path);
        var posts = simulator.Requests.Count("POST", path);
        var order = PolymarketOrders.Limit(market, market.TokenIdFor("Yes")!, PolymarketOrderSide.Buy, market.OrderPriceMinTickSize!.Value, 5m);

        var placement = await _clients.Clob.PlaceOrderAsync(order, simulator.PolymarketCredentials.ApiKey, PolymarketOrderType.Gtc);

        Assert.True(placement.Reconciled);
        Assert.Equal(order.Digest, placement.Existing!.Id);
        Assert.Equal("LIVE", placement.Existing.Status);
        Assert.Equal(1, simulator.Requests.Count("POST", path) - posts);
    }

    private static KalshiCreateOrderRequest RestingBid(string ticker, string clientOrderId) => new()
    {
        Ticker = ticker, ClientOrderId = clientOrderId, Side = KalshiCreateOrderRequest.Bid, Count = 1, Price = 0.01m,
    };

    private async Task<int> KalshiOrdersWithClientOrderIdAsync(string ticker, string clientOrderId)
    {
        var count = 0;
        await foreach (var order in _clients.Kalshi.GetAllOrdersAsync(new KalshiOrdersQuery { Ticker = ticker }))
        {
            count += order.ClientOrderId == clientOrderId ? 1 : 0;
        }

        return count;
    }

    private async Task<string> KalshiTickerAsync() =>
        (await simulator.Clients.Kalshi.GetMarketsAsync(new KalshiMarketsQuery { Status = "open", Limit = 1 })).Markets[0].Ticker;

    private async Task<GammaMarket> GammaMarketAsync(int index) =>
        (await simulator.Clients.Gamma.GetMarketsKeysetAsync(new GammaListQuery { Limit = 50, Closed = false }))
        .Markets.Where(m => m.AcceptingOrders == true).ElementAt(index);

    /// <summary>Short timeouts, quick back-off and a breaker that opens after three failed attempts, for both venues.</summary>
    private static Dictionary<string, string?> FastResilience()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var venue in Venues)
        {
            var prefix = $"Venues:{venue}:Resilience:";
            settings[prefix + "AttemptTimeout"] = "00:00:01";
            settings[prefix + "TotalTimeout"] = "00:00:10";
            settings[prefix + "MaxReadRetries"] = MaxReadRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings[prefix + "RetryBaseDelay"] = "00:00:00.050";
            settings[prefix + "CircuitBreakerMinimumThroughput"] = "3";
            settings[prefix + "CircuitBreakerBreakDuration"] = "00:00:01";
        }

        return settings;
    }
}
