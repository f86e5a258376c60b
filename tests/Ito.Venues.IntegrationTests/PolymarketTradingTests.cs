using System.Net;
using Ito.Venues.IntegrationTests.Infrastructure;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;
using Microsoft.Extensions.DependencyInjection;

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

        var myTrades = await TradesAsync(market.ConditionId!);

        Assert.Equal(trades.Order(), myTrades.Select(t => t.Id).Order());
        Assert.All(myTrades, t => Assert.Equal(signed.Digest, t.TakerOrderId));
        Assert.Equal(size, myTrades.Sum(t => t.Size));

        var positions = await simulator.Clients.Data.GetPositionsAsync(TestKeys.PolymarketAddress, market: market.ConditionId);
        Assert.Equal(size, Assert.Single(positions, p => p.Asset == yes).Size);
    }

    [Fact]
    public async Task A_buy_takes_its_cost_and_taker_fee_off_the_collateral_balance_and_adds_its_shares()
    {
        var market = await TradableMarketAsync(negRisk: false, skip: 3);
        var yes = market.TokenIdFor("Yes")!;
        var ask = (await Clob.GetOrderBookAsync(yes)).BestAsk!.Value;
        var size = Math.Max(market.OrderMinSize ?? 5m, 5m);
        Assert.True(ask.Size >= size, "the whole buy fills at the best ask");
        var cashBefore = await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa);
        var sharesBefore = await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa, "CONDITIONAL", yes);
        var signed = PolymarketOrders.Limit(market, yes, PolymarketOrderSide.Buy, ask.Price, size);

        var placement = await Clob.PlaceOrderAsync(signed, Owner, PolymarketOrderType.Fok);

        Assert.Equal("matched", placement.Posted!.Status);
        var trade = Assert.Single(await TradesAsync(market.ConditionId!));
        // Takers pay C × rate × p × (1 − p) on top of the price (EXCHANGES.md B.5).
        var fee = Math.Round(size * trade.FeeRateBps!.Value / 10_000m * ask.Price * (1 - ask.Price), 6);
        var cashAfter = await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa);
        Assert.True(cashBefore.Balance > 0, "the wallet starts funded");
        Assert.Equal(cashBefore.Balance - size * ask.Price - fee, cashAfter.Balance);
        var sharesAfter = await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa, "CONDITIONAL", yes);
        Assert.Equal(sharesBefore.Balance + size, sharesAfter.Balance);
        Assert.NotEmpty(cashAfter.Allowances!);
    }

    [Theory]
    [InlineData("PolyProxy")]
    [InlineData("GnosisSafe")]
    public async Task A_funder_wallet_configuration_trades_the_funders_balance_and_positions(string signatureType)
    {
        // A fresh funder per case: the signer's own wallet and the other cases' funders stay untouched.
        var funder = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        using var proxy = VenueClients.Create(simulator.Settings(new Dictionary<string, string?>
        {
            ["Venues:Polymarket:FunderAddress"] = funder,
            ["Venues:Polymarket:SignatureType"] = signatureType,
        }));
        var type = Enum.Parse<PolymarketSignatureType>(signatureType);
        var factory = proxy.Services.GetRequiredService<Ito.Venues.Polymarket.PolymarketSigners>().OrderFactory!;
        var market = await TradableMarketAsync(negRisk: false, skip: signatureType == "PolyProxy" ? 4 : 5);
        var yes = market.TokenIdFor("Yes")!;
        var ask = (await proxy.Clob.GetOrderBookAsync(yes)).BestAsk!.Value;
        var size = Math.Max(market.OrderMinSize ?? 5m, 5m);
        var eoaCash = (await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa)).Balance;
        var funderCash = (await proxy.Clob.GetBalanceAllowanceAsync(type)).Balance;
        var signed = factory.CreateLimitOrder(new ClobLimitOrderRequest(yes, PolymarketOrderSide.Buy, ask.Price, size,
            market.OrderPriceMinTickSize!.Value, NegRisk: false, PolymarketOrderType.Fok));

        var placement = await proxy.Clob.PlaceOrderAsync(signed, Owner, PolymarketOrderType.Fok);

        Assert.Equal("matched", placement.Posted!.Status);
        Assert.Equal(funder, (await proxy.Clob.GetOrderAsync(signed.Digest))!.MakerAddress, ignoreCase: true);
        Assert.True((await proxy.Clob.GetBalanceAllowanceAsync(type)).Balance <= funderCash - size * ask.Price, "the funder paid");
        Assert.Equal(size, (await proxy.Clob.GetBalanceAllowanceAsync(type, "CONDITIONAL", yes)).Balance);
        Assert.Equal(eoaCash, (await Clob.GetBalanceAllowanceAsync(PolymarketSignatureType.Eoa)).Balance);
        Assert.Equal(size, Assert.Single(await proxy.Data.GetPositionsAsync(funder, market: market.ConditionId)).Size);
        Assert.Empty(await proxy.Data.GetPositionsAsync(TestKeys.PolymarketAddress, market: market.ConditionId));
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

    private async Task<List<ClobTrade>> TradesAsync(string conditionId)
    {
        var trades = new List<ClobTrade>();
        await foreach (var trade in Clob.GetAllTradesAsync(market: conditionId))
        {
            trades.Add(trade);
        }

        return trades;
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
