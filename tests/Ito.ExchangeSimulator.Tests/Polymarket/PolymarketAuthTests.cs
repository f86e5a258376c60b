using System.Net;
using System.Net.Http.Json;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Tests.Infrastructure;

namespace Ito.ExchangeSimulator.Tests.Polymarket;

public sealed class PolymarketAuthTests(SimulatorFactory factory) : IClassFixture<SimulatorFactory>
{
    private const string Zero32 = "0x0000000000000000000000000000000000000000000000000000000000000000";
    private const string VectorToken = "71321045679252212594626385532706912750332728571942532289631379312455583992563";
    private const string VectorSignature = "0xa79802f2f11608f9b9c6afb98b659d8dfd9dfb5dbe2535f410fc1caba309129e150c0276fb7f1a1722d73b9fe103072ad3a3ba1a06cb2f2fadd8bfce83ac460e1c";
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>VECTORS.md §3 <c>buy_v2_tick_0.01</c>, as the SDK sends it (owner filled in per test).</summary>
    private static string VectorWireBody(string owner, string signature = VectorSignature, string makerAmount = "52000000") =>
        $$"""{"deferExec":false,"postOnly":false,"order":{"salt":479249096354,"maker":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","signer":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","tokenId":"{{VectorToken}}","makerAmount":"{{makerAmount}}","takerAmount":"100000000","side":"BUY","signatureType":0,"timestamp":"1740000000000","expiration":"0","metadata":"{{Zero32}}","builder":"{{Zero32}}","signature":"{{signature}}"},"owner":"{{owner}}","orderType":"GTC"}""";

    [Fact]
    public void Order_and_clob_auth_digests_match_the_published_vectors()
    {
        var order = new SignedOrder(479249096354, PolyWallet.HardhatAddress, PolyWallet.HardhatAddress, BigInteger.Parse(VectorToken),
            52_000_000, 100_000_000, 0, 0, 1_740_000_000_000, Zero32, Zero32);
        var digest = Eip712.OrderDigest(order, Eip712.CtfExchangeV2);
        Assert.Equal("0x4278b3fc4e6ce6bd2e2e2ce3361fe010d49f64144d47512361bfa4fc3ad92399", "0x" + Convert.ToHexStringLower(digest));
        Assert.True(Eip712.SameAddress(PolyWallet.HardhatAddress, Eip712.Recover(digest, VectorSignature)));

        var negRisk = order with { MakerAmount = 5_775_000, TakerAmount = 17_500_000 };
        Assert.Equal("0x8a78a34d178d221bbdbab46577a8fea4822b62a89297e1c3245a633bc9b33074",
            "0x" + Convert.ToHexStringLower(Eip712.OrderDigest(negRisk, Eip712.NegRiskCtfExchangeV2)));
        Assert.Equal("0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2",
            "0x" + Convert.ToHexStringLower(Eip712.ExchangeDomainSeparator(Eip712.CtfExchangeV2)));
        Assert.Equal("0xbb86318a2138f5fa8ae32fbe8e659f8fcf13cc6ae4014a707893055433818589", "0x" + Convert.ToHexStringLower(Eip712.OrderTypeHash));

        var auth = Eip712.ClobAuthDigest(PolyWallet.HardhatAddress, "1740000000", 0);
        Assert.Equal("0xd2dc4956e6d0f8d1ee651e6a1fc8db5ac4c657bf034aa03670d3d501b65dd2bc", "0x" + Convert.ToHexStringLower(auth));
        Assert.True(Eip712.SameAddress(PolyWallet.HardhatAddress, Eip712.Recover(auth,
            "0x12d99b65fdcaed535ee3d59ef842ec5e84fc15e7519b664a96c373975a29e5ec6e956d8ceb2e2f68f6608a2ab2f119e41c9b87eb806c28b6adcb7e047692476e1c")));
    }

    [Fact]
    public async Task The_published_order_is_accepted_as_signed_by_the_hardhat_account_and_rejected_when_a_byte_changes()
    {
        await PolyWallet.Fixture(_client, yesTokenId: VectorToken);
        var wallet = PolyWallet.Hardhat();
        await wallet.Register(_client);

        var tamperedSignature = VectorSignature[..20] + (VectorSignature[20] == 'a' ? 'b' : 'a') + VectorSignature[21..];
        var (badStatus, bad) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", VectorWireBody(wallet.ApiKey, tamperedSignature)));
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Equal("invalid signature", bad.GetProperty("error").GetString());
        var (_, badAmount) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", VectorWireBody(wallet.ApiKey, makerAmount: "52000001")));
        Assert.Equal("invalid signature", badAmount.GetProperty("errorMsg").GetString());

        var (status, body) = await _client.SendJson(wallet.L2(HttpMethod.Post, "/order", VectorWireBody(wallet.ApiKey)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("success").GetBoolean(), body.ToString());
        Assert.Equal("0x4278b3fc4e6ce6bd2e2e2ce3361fe010d49f64144d47512361bfa4fc3ad92399", body.GetProperty("orderID").GetString());

        // The same signed order from someone else's API key is refused: the signer must own the key.
        var other = PolyWallet.Random();
        await other.Register(_client);
        var (_, foreign) = await _client.SendJson(other.L2(HttpMethod.Post, "/order", VectorWireBody(other.ApiKey)));
        Assert.Contains("address of the API KEY", foreign.GetProperty("error").GetString());
    }

    [Fact]
    public async Task L1_creates_and_derives_the_same_credentials_and_refuses_a_bad_signature()
    {
        var wallet = PolyWallet.Random();
        var created = await wallet.CreateApiKey(_client);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var creds = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.True(Guid.TryParse(creds.GetProperty("apiKey").GetString(), out _));
        Assert.Equal(32, Base64Url.Decode(creds.GetProperty("secret").GetString()!).Length);
        var derived = JsonDocument.Parse(await (await wallet.CreateApiKey(_client, derive: true)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(creds.GetProperty("apiKey").GetString(), derived.GetProperty("apiKey").GetString());

        var impostor = PolyWallet.Random();
        var forged = await impostor.CreateApiKey(_client, signatureOverride: wallet.Sign(Eip712.ClobAuthDigest(wallet.Address, "1", 0)));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task L2_hmac_is_checked_over_timestamp_method_path_and_body()
    {
        var wallet = PolyWallet.Random();
        await wallet.Register(_client);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJson(wallet.L2(HttpMethod.Get, "/data/orders"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendJson(wallet.L2(HttpMethod.Get, "/balance-allowance?asset_type=COLLATERAL"))).Status);
        var (status, body) = await _client.SendJson(wallet.L2(HttpMethod.Get, "/data/orders", tamper: s => (s[0] == 'A' ? "B" : "A") + s[1..]));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(JsonValueKind.String, body.GetProperty("error").ValueKind);

        var signedForOtherBody = wallet.L2(HttpMethod.Delete, "/order", """{"orderID":"0x01"}""");
        signedForOtherBody.Content = new StringContent("""{"orderID":"0x02"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendJson(signedForOtherBody)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(PolyWallet.Clob + "/data/orders")).StatusCode);
    }

    [Fact]
    public async Task Configured_credentials_verify_the_published_hmac_vector()
    {
        // VECTORS.md §2 hmac[1]: POST /order {"a":1} at 1740000000 — the HMAC passes, then the body is refused as an order.
        await using var configured = new ConfiguredSimulatorFactory(new Dictionary<string, string?>
        {
            ["Simulator:MarketCount"] = "100",
            ["Simulator:TimestampToleranceSeconds"] = "0",
            ["Simulator:Polymarket:ApiKeys:vector-key:Address"] = PolyWallet.HardhatAddress,
            ["Simulator:Polymarket:ApiKeys:vector-key:Secret"] = "PLoJhxT8V3PMEHtGZFLD9YfKKW3Kx0QfC5wY1qkq_iM=",
            ["Simulator:Polymarket:ApiKeys:vector-key:Passphrase"] = "pass",
        });
        var client = configured.CreateClient();
        HttpRequestMessage Request(string signature)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, PolyWallet.Clob + "/order") { Content = new StringContent("""{"a":1}""") };
            request.Headers.Add("POLY_ADDRESS", PolyWallet.HardhatAddress);
            request.Headers.Add("POLY_SIGNATURE", signature);
            request.Headers.Add("POLY_TIMESTAMP", "1740000000");
            request.Headers.Add("POLY_API_KEY", "vector-key");
            request.Headers.Add("POLY_PASSPHRASE", "pass");
            return request;
        }
        var (status, body) = await client.SendJson(Request("lLiwmpZVETUOqDDn8GVjkarf8QBDJZijUKxnfmweAoI="));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Invalid order payload", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendJson(Request("7wFQy1lTIvNnEKgk0qa74JKpr-AZehoWI66AlfgfK1g="))).Status);
    }

    [Fact]
    public async Task Admin_can_register_credentials_for_an_address()
    {
        var response = await _client.PostAsJsonAsync("/admin/polymarket/api-keys", new { address = PolyWallet.Random().Address });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var creds = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrEmpty(creds.GetProperty("passphrase").GetString()));
    }
}
