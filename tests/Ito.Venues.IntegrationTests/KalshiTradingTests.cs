using System.Net;
using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Kalshi;
using Ito.Venues.Kalshi.Models;

namespace Ito.Venues.IntegrationTests;

/// <summary>Kalshi orders end to end: RSA-PSS signed requests the simulator verifies, fills, positions, balance, cancels.</summary>
public class KalshiTradingTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>
{
    private KalshiClient Kalshi => simulator.Clients.Kalshi;

    [Theory]
    [InlineData(KalshiTimeInForce.ImmediateOrCancel)]
    [InlineData(KalshiTimeInForce.FillOrKill)]
    public async Task A_marketable_buy_fills_against_the_book_and_shows_in_fills_positions_and_balance(string timeInForce)
    {
        var market = await TradableMarketAsync(skip: timeInForce == KalshiTimeInForce.FillOrKill ? 1 : 0);
        var ask = (await Kalshi.GetOrderbookAsync(market.Ticker)).BestYesAsk!.Value;
        var count = Math.Min(3m, Math.Floor(ask.Size));
        var balanceBefore = (await Kalshi.GetBalanceAsync()).Balance!.Value;

        var placement = await Kalshi.PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = market.Ticker, ClientOrderId = Guid.NewGuid().ToString(), Side = KalshiCreateOrderRequest.Bid,
            Count = count, Price = ask.Price, TimeInForce = timeInForce,
        });

        Assert.False(placement.Reconciled);
        Assert.Equal(count, placement.Created!.FillCount);
        Assert.Equal(0m, placement.Created.RemainingCount);
        Assert.Equal(ask.Price, placement.Created.AverageFillPrice);

        var fills = (await Kalshi.GetFillsAsync(new KalshiFillsQuery { OrderId = placement.OrderId })).Fills;
        Assert.Equal(count, fills.Sum(f => f.CountFp));
        Assert.All(fills, f => Assert.Equal(market.Ticker, f.Ticker));

        var position = Assert.Single((await Kalshi.GetPositionsAsync(new KalshiPositionsQuery { Ticker = market.Ticker })).MarketPositions);
        Assert.Equal(count, position.PositionFp);

        var order = await Kalshi.FindOrderByClientOrderIdAsync(placement.ClientOrderId, market.Ticker);
        Assert.Equal("executed", order!.Status);

        var balanceAfter = (await Kalshi.GetBalanceAsync()).Balance!.Value;
        Assert.True(balanceBefore - balanceAfter >= count * ask.Price, $"balance went from {balanceBefore} to {balanceAfter} for {count} at {ask.Price}");
    }

    [Fact]
    public async Task A_resting_order_is_listed_as_open_and_cancelling_it_removes_it()
    {
        var market = await TradableMarketAsync(skip: 2);
        var clientOrderId = Guid.NewGuid().ToString();

        var placement = await Kalshi.PlaceOrderAsync(new KalshiCreateOrderRequest
        {
            Ticker = market.Ticker, ClientOrderId = clientOrderId, Side = KalshiCreateOrderRequest.Bid, Count = 2, Price = 0.01m,
        });

        Assert.Equal(0m, placement.Created!.FillCount);
        var resting = await OpenOrdersAsync(market.Ticker);
        var listed = Assert.Single(resting, o => o.OrderId == placement.OrderId);
        Assert.Equal(clientOrderId, listed.ClientOrderId);
        Assert.Equal(2m, listed.RemainingCountFp);
        Assert.Contains((await Kalshi.GetOrderbookAsync(market.Ticker)).YesBids, l => l.Price == 0.01m && l.Size >= 2);

        var cancel = await Kalshi.CancelOrderAsync(placement.OrderId);

        Assert.Equal(placement.OrderId, cancel!.OrderId);
        Assert.DoesNotContain(await OpenOrdersAsync(market.Ticker), o => o.OrderId == placement.OrderId);
        Assert.Equal("canceled", (await Kalshi.FindOrderByClientOrderIdAsync(clientOrderId, market.Ticker))!.Status);
    }

    [Fact]
    public async Task A_request_signed_with_another_rsa_key_is_rejected_401()
    {
        var (otherPrivatePem, _) = TestKeys.NewRsaKey();
        using var impostor = VenueClients.Create(simulator.Settings(new Dictionary<string, string?>
        {
            ["Venues:Kalshi:PrivateKeyPem"] = otherPrivatePem, // same key id, wrong private key
        }));

        var rejected = await Assert.ThrowsAsync<VenueApiException>(() => impostor.Kalshi.GetBalanceAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.NotNull(await Kalshi.GetBalanceAsync()); // the registered key still works
    }

    private async Task<List<KalshiOrder>> OpenOrdersAsync(string ticker)
    {
        var orders = new List<KalshiOrder>();
        await foreach (var order in Kalshi.GetAllOrdersAsync(new KalshiOrdersQuery { Ticker = ticker, Status = "resting" }))
        {
            orders.Add(order);
        }

        return orders;
    }

    /// <summary>An open market with a two-sided book; <paramref name="skip"/> gives each test its own market.</summary>
    private async Task<KalshiMarket> TradableMarketAsync(int skip)
    {
        await foreach (var market in Kalshi.GetAllMarketsAsync(new KalshiMarketsQuery { Status = "open", Limit = 1000 }))
        {
            if (market.YesBid is > 0.05m && market.YesAsk is < 0.95m && skip-- == 0)
            {
                return market;
            }
        }

        throw new InvalidOperationException("not enough open Kalshi markets with a two-sided book");
    }
}
