using System.Net;
using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;

namespace Ito.Venues.IntegrationTests;

/// <summary>Polymarket orders end to end: EIP-712 V2 orders the simulator recovers, L2 HMAC headers, trades and open orders.</summary>
public class PolymarketTradingTests(VenueSimulator simulator) : IClassFixture<VenueSimulator>
{
    private PolymarketClobClient Clob => simulator.Clients.Clob;

    private string Owner => simulator.PolymarketCredentials.ApiKey;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_marketable_buy_is_matched_and_shows_in_the_order_trades_and_positions(bool negRisk)
    {
        var market = await TradableMarketAsync(negRisk, skip: 0);
        var yes = market.TokenIdFor("Yes")!;
        var ask = (await Clob.GetOrderBookAsync(yes)).BestAsk!.Value;
        var size = Math.Max(market.OrderMinSize ?? 5m, 5m);
        Assert.True(ask.Size >= size, "enough resting at the best ask");
        var signed = PolymarketOrders.Limit(market, yes, PolymarketOrderSide.Buy, ask.Price, size);

        var placement = await Clob.PlaceOrderAsync(signed, Owner, PolymarketOrderType.Fok);

        Assert.True(placement.Posted!.Success, placement.Posted.ErrorMsg);
        Assert.Equal("matched", placement.Posted.Status);
        Assert.Equal(signed.Digest, placement.OrderId); // the CLOB's order id is the EIP-712 digest
        var trades = placement.Posted.TradeIds!;
        Assert.NotEmpty(trades);

        var order = await Clob.GetOrderAsync(signed.Digest);
        Assert.Equal("MATCHED", order!.Status);
        Assert.Equal(size, order.SizeMatched);
        Assert.Equal(ask.Price, order.Price);

        var myTrades = new List<ClobTrade>();
        await foreach (var trade in Clob.GetAllTradesAsync(market: market.ConditionId))
        {
            myTrades.Add(trade);
        }

        Assert.Equal(trades.Order(), myTrades.Select(t => t.Id).Order());
        Assert.All(myTrades, t => Assert.Equal(signed.Digest, t.TakerOrderId));
        Assert.Equal(size, myTrades.Sum(t => t.Size));

        var positions = await simulator.Clients.Data.GetPositionsAsync(TestKeys.PolymarketAddress, market: market.ConditionId);
        Assert.Equal(size, Assert.Single(positions, p => p.Asset == yes).Size);
    }

    [Fact]
    public async Task A_resting_order_is_open_until_cancelled()
    {
        var market = await TradableMarketAsync(negRisk: false, skip: 1);
        var yes = market.TokenIdFor("Yes")!;
        var tick = market.OrderPriceMinTickSize!.Value;
        var signed = PolymarketOrders.Limit(market, yes, PolymarketOrderSide.Buy, tick, Math.Max(market.OrderMinSize ?? 5m, 5m));

        var placement = await Clob.PlaceOrderAsync(signed, Owner, PolymarketOrderType.Gtc);

        Assert.Equal("live", placement.Posted!.Status);
        var open = await OpenOrdersAsync(market.ConditionId!);
        Assert.Equal(signed.Digest, Assert.Single(open).Id);
        Assert.Equal("LIVE", (await Clob.GetOrderAsync(signed.Digest))!.Status);

        var cancel = await Clob.CancelOrderAsync(signed.Digest);

        Assert.Equal([signed.Digest], cancel!.Canceled);
        Assert.Empty(await OpenOrdersAsync(market.ConditionId!));
        Assert.Equal("CANCELED", (await Clob.GetOrderAsync(signed.Digest))!.Status);
    }

    [Fact]
    public async Task An_order_with_a_tampered_signature_is_rejected_and_not_recorded()
    {
        var market = await TradableMarketAsync(negRisk: false, skip: 2);
        var yes = market.TokenIdFor("Yes")!;
        var signed = PolymarketOrders.Limit(market, yes, PolymarketOrderSide.Buy, market.OrderPriceMinTickSize!.Value, 5m);
        var signature = signed.Signature.ToCharArray();
        signature[10] = signature[10] == 'a' ? 'b' : 'a'; // one nibble of r
        var tampered = signed with { Signature = new string(signature) };

        var rejected = await Assert.ThrowsAsync<VenueApiException>(() => Clob.PlaceOrderAsync(tampered, Owner, PolymarketOrderType.Gtc));

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Contains("invalid signature", rejected.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await Clob.GetOrderAsync(signed.Digest));
    }

    [Fact]
    public async Task An_order_signed_for_the_wrong_exchange_is_rejected()
    {
        var market = await TradableMarketAsync(negRisk: true, skip: 1);
        var yes = market.TokenIdFor("Yes")!;
        // Signed as if the market were a standard one: the digest the CLOB recomputes for the neg-risk exchange differs.
        var wrongDomain = PolymarketOrders.Limit(market with { NegRisk = false }, yes, PolymarketOrderSide.Buy, market.OrderPriceMinTickSize!.Value, 5m);

        var rejected = await Assert.ThrowsAsync<VenueApiException>(() => Clob.PlaceOrderAsync(wrongDomain, Owner, PolymarketOrderType.Gtc));

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
    }

    private async Task<List<ClobOpenOrder>> OpenOrdersAsync(string conditionId)
    {
        var orders = new List<ClobOpenOrder>();
        await foreach (var order in Clob.GetAllOpenOrdersAsync(market: conditionId))
        {
            orders.Add(order);
        }

        return orders;
    }

    /// <summary>An open market accepting orders with a two-sided book; <paramref name="skip"/> gives each test its own market.</summary>
    private async Task<GammaMarket> TradableMarketAsync(bool negRisk, int skip)
    {
        await foreach (var market in simulator.Clients.Gamma.GetAllMarketsAsync(new GammaListQuery { Limit = 100, Closed = false }))
        {
            if (market.AcceptingOrders == true && (market.NegRisk == true) == negRisk
                && market.BestBid is > 0.05m && market.BestAsk is < 0.95m && skip-- == 0)
            {
                return market;
            }
        }

        throw new InvalidOperationException($"not enough open Polymarket markets (negRisk {negRisk}) with a two-sided book");
    }
}
