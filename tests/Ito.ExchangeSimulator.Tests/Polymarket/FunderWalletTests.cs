using System.Globalization;
using System.Net;
using System.Text.Json;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Polymarket;

/// <summary>
/// Signature types 1 (Polymarket proxy) and 2 (Gnosis Safe): the EOA behind the API key signs, the order's maker is
/// the funder wallet, which pays the pUSD and holds the shares (EXCHANGES.md B.4). Type 0 (EOA) makes its own orders.
/// </summary>
public sealed class FunderWalletTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string StartingCollateral = "100000000000";
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_proxy_or_safe_order_is_accepted_and_trades_the_funders_wallet_not_the_signers(int signatureType)
    {
        var (wallet, funder, yes, conditionId, ask) = await Setup();

        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", ask, 10, "FOK", maker: funder, signatureType: signatureType));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("matched", body.GetProperty("status").GetString());
        var cost = (long)(10 * ask * 1_000_000);
        Assert.True(long.Parse(await Balance(wallet, $"asset_type=COLLATERAL&signature_type={signatureType}"), CultureInfo.InvariantCulture) <= 100_000_000_000 - cost,
            "the funder paid for the shares");
        Assert.Equal("10000000", await Balance(wallet, $"asset_type=CONDITIONAL&token_id={yes}&signature_type={signatureType}"));
        Assert.Equal(StartingCollateral, await Balance(wallet, "asset_type=COLLATERAL&signature_type=0"));
        Assert.Equal("0", await Balance(wallet, $"asset_type=CONDITIONAL&token_id={yes}&signature_type=0"));

        var position = Assert.Single((await _client.GetJson($"/polymarket/data/positions?user={funder}")).EnumerateArray());
        Assert.Equal(10m, position.GetProperty("size").GetDecimal());
        Assert.Equal(conditionId, position.GetProperty("conditionId").GetString());
        Assert.Empty((await _client.GetJson($"/polymarket/data/positions?user={wallet.Address}")).EnumerateArray());

        var orderId = body.GetProperty("orderID").GetString();
        var (_, order) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/order/{orderId}"));
        Assert.Equal("MATCHED", order.GetProperty("status").GetString());
        Assert.Equal(funder, order.GetProperty("maker_address").GetString(), ignoreCase: true);
        var (_, trades) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/trades?market={conditionId}"));
        Assert.Equal(10m, trades.GetProperty("data").EnumerateArray().Sum(t => Dec(t.GetProperty("size").GetString()!)));
        var publicTrades = (await _client.GetJson($"/polymarket/data/trades?user={funder}")).EnumerateArray().ToList();
        Assert.Equal(10m, publicTrades.Sum(t => t.GetProperty("size").GetDecimal()));
    }

    [Fact]
    public async Task A_resting_proxy_order_is_listed_and_cancelled_through_the_signers_api_key()
    {
        var (wallet, funder, yes, conditionId, ask) = await Setup();

        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", ask - 0.05m, 10, "GTC", maker: funder, signatureType: 1));

        Assert.Equal(HttpStatusCode.OK, status);
        var orderId = body.GetProperty("orderID").GetString()!;
        var (_, open) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/orders?market={conditionId}"));
        Assert.Equal(orderId, Assert.Single(open.GetProperty("data").EnumerateArray()).GetProperty("id").GetString());
        var (_, cancel) = await _client.SendJson(wallet.L2(HttpMethod.Delete, "/order", JsonSerializer.Serialize(new { orderID = orderId })));
        Assert.Equal(orderId, Assert.Single(cancel.GetProperty("canceled").EnumerateArray()).GetString());
        var (_, order) = await _client.SendJson(wallet.L2(HttpMethod.Get, $"/data/order/{orderId}"));
        Assert.Equal("CANCELED", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_eoa_order_whose_maker_is_another_wallet_is_refused()
    {
        var (wallet, funder, yes, _, ask) = await Setup();

        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", ask, 10, "FOK", maker: funder, signatureType: 0));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid signature", body.GetProperty("error").GetString());
        Assert.Equal(StartingCollateral, await Balance(wallet, "asset_type=COLLATERAL&signature_type=0"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_proxy_or_safe_order_made_by_its_own_signer_is_refused(int signatureType)
    {
        // A proxy or Safe is a contract wallet: it is never the EOA that signs for it.
        var (wallet, _, yes, _, ask) = await Setup();

        var (status, body) = await Post(wallet, wallet.Order(yes, "BUY", ask, 10, "FOK", maker: wallet.Address, signatureType: signatureType));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid signature", body.GetProperty("error").GetString());
    }

    /// <summary>A registered signer, a funder wallet it trades for, and a fresh market's YES token with its best ask.</summary>
    private async Task<(PolyWallet Wallet, string Funder, string Yes, string ConditionId, decimal Ask)> Setup()
    {
        var wallet = PolyWallet.Random();
        await wallet.Register(_client);
        var (yes, _, conditionId) = await PolyWallet.Fixture(_client);
        var book = await _client.GetJson($"/polymarket/clob/book?token_id={yes}");
        var ask = Dec(book.GetProperty("asks").EnumerateArray().Last().GetProperty("price").GetString()!);
        return (wallet, PolyWallet.Random().Address, yes, conditionId, ask);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(PolyWallet wallet, string body) =>
        await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", body));

    private async Task<string> Balance(PolyWallet wallet, string query) =>
        (await _client.SendJson(wallet.L2(HttpMethod.Get, "/balance-allowance?" + query))).Body.GetProperty("balance").GetString()!;

    private static decimal Dec(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
