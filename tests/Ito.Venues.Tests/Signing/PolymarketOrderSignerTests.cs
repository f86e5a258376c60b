using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Signing;

public class PolymarketOrderSignerTests
{
    private readonly PolymarketOrderSigner _signer = new(TestKeys.PrivateKey);

    [Fact] // VECTORS.md §3: all 10 V2/V3 orders (tick sizes, neg risk, builder code, expiration)
    public void Matches_every_v2_order_vector()
    {
        var cases = SharedFiles.Vectors.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(10, cases.Count);
        foreach (var c in cases)
        {
            var name = c.GetProperty("name").GetString();
            var input = c.GetProperty("input");
            var order = OrderVectors.Order(c.GetProperty("order"));
            var domain = OrderVectors.Domain(input);
            Assert.Equal(c.GetProperty("domain").GetProperty("verifyingContract").GetString(), domain.VerifyingContract);
            Assert.Equal(c.GetProperty("domain").GetProperty("version").GetString(), domain.Version);

            var amounts = PolymarketOrderAmounts.Limit(order.Side, OrderVectors.Dec(input, "price"), OrderVectors.Dec(input, "size"), OrderVectors.Dec(input, "tickSize"));
            Assert.True(order.MakerAmount == amounts.MakerAmount && order.TakerAmount == amounts.TakerAmount, $"{name}: amounts");

            var signed = _signer.Sign(order, domain);

            Assert.Equal(c.GetProperty("digest").GetString(), signed.Digest);
            Assert.Equal(c.GetProperty("signature").GetString(), signed.Signature);
            Assert.Equal(OrderVectors.Compact(c.GetProperty("wireJSON")), PolymarketOrderWire.ToJson(signed, owner: "", PolymarketOrderType.Gtc));
            Assert.True(PolymarketOrderVerifier.IsSignedBySigner(order, domain, signed.Signature), $"{name}: verify");
        }
    }

    [Fact] // VECTORS.md §3: the literal wire body of the first row, key order included
    public void Wire_json_is_byte_for_byte_the_sdk_body()
    {
        const string expected = """{"deferExec":false,"postOnly":false,"order":{"salt":479249096354,"maker":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","signer":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","tokenId":"71321045679252212594626385532706912750332728571942532289631379312455583992563","makerAmount":"52000000","takerAmount":"100000000","side":"BUY","signatureType":0,"timestamp":"1740000000000","expiration":"0","metadata":"0x0000000000000000000000000000000000000000000000000000000000000000","builder":"0x0000000000000000000000000000000000000000000000000000000000000000","signature":"0xa79802f2f11608f9b9c6afb98b659d8dfd9dfb5dbe2535f410fc1caba309129e150c0276fb7f1a1722d73b9fe103072ad3a3ba1a06cb2f2fadd8bfce83ac460e1c"},"owner":"","orderType":"GTC"}""";
        var order = new PolymarketOrder(479249096354, TestKeys.Address, TestKeys.Address,
            System.Numerics.BigInteger.Parse("71321045679252212594626385532706912750332728571942532289631379312455583992563", System.Globalization.CultureInfo.InvariantCulture),
            52000000, 100000000, PolymarketOrderSide.Buy, PolymarketSignatureType.Eoa, 1740000000000);

        var signed = _signer.Sign(order, PolymarketExchange.V2(negRisk: false));

        Assert.Equal(expected, PolymarketOrderWire.ToJson(signed, "", PolymarketOrderType.Gtc));
        Assert.Equal("0x4278b3fc4e6ce6bd2e2e2ce3361fe010d49f64144d47512361bfa4fc3ad92399", signed.Digest);
    }

    [Fact] // VECTORS.md §3c: deposit-wallet orders (ERC-7739 nested signatures, 317 bytes)
    public void Matches_every_poly1271_wallet_order_vector()
    {
        var cases = SharedFiles.Vectors.GetProperty("walletOrders").EnumerateArray().ToList();
        Assert.Equal(3, cases.Count);
        foreach (var c in cases)
        {
            var order = OrderVectors.Order(c.GetProperty("order"));
            var domain = OrderVectors.Domain(c.GetProperty("input"));
            Assert.Equal(PolymarketSignatureType.Poly1271, order.SignatureType);

            var signed = _signer.Sign(order, domain);

            Assert.Equal(c.GetProperty("signature").GetString(), signed.Signature);
            Assert.Equal(317, (signed.Signature.Length - 2) / 2);
            Assert.Equal(OrderVectors.Compact(c.GetProperty("wireJSON")), PolymarketOrderWire.ToJson(signed, "", PolymarketOrderType.Gtc));
            Assert.Equal(TestKeys.Address, PolymarketOrderVerifier.RecoverOrderSigner(order, domain, signed.Signature));
        }
    }

    [Fact] // VECTORS.md §3b: py-clob-client-v2 POLY_1271 vector on Amoy
    public void Matches_the_python_sdk_poly1271_vector()
    {
        var order = new PolymarketOrder(479249096354, "0x1111111111111111111111111111111111111111", "0x1111111111111111111111111111111111111111",
            1234, 100000000, 50000000, PolymarketOrderSide.Buy, PolymarketSignatureType.Poly1271, 1710000000000);
        var domain = new PolymarketExchangeDomain("2", 80002, PolymarketExchange.CtfExchangeV2);

        var signed = _signer.Sign(order, domain);

        Assert.Equal("0xa3a093c83b6c20c83355c16ce94c92e6e9fcbdeb840618cc74f6c57a42ad145b2b98db73d2c73cbf1f2b6af288566ae81960ddbc3a13921027358a8bff3be6ff1ca440cbd865bc0c6243d7a8df9a8bf48a8827b0a4abbb61c30e96d305423af148d23d42d3ad94e65d78258cecaf8dcbaddac0f73dc085040f2c12bb595dd838044f726465722875696e743235362073616c742c61646472657373206d616b65722c61646472657373207369676e65722c75696e7432353620746f6b656e49642c75696e74323536206d616b6572416d6f756e742c75696e743235362074616b6572416d6f756e742c75696e743820736964652c75696e7438207369676e6174757265547970652c75696e743235362074696d657374616d702c62797465733332206d657461646174612c62797465733332206275696c6465722900ba", signed.Signature);
    }

    [Theory] // VECTORS.md §3d
    [InlineData("2", PolymarketExchange.CtfExchangeV2, "0x3264e159346253e26a64e00b69032db0e7d32f94628de3e6eecb50304d7af3d2")]
    [InlineData("2", PolymarketExchange.NegRiskCtfExchangeV2, "0x9b858f53327b0bd13af8ec14cfb35234fb9eb7b0504d1a4e61f433840d30e81a")]
    [InlineData("3", PolymarketExchange.ExchangeV3, "0x466c63910185bbd55e8679264200c4e0abdcbb0c6264eb3d41d13326022e095b")]
    [InlineData("1", "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E", "0x1a573e3617c78403b5b4b892827992f027b03d4eaf570048b8ee8cdd84d151be")]
    [InlineData("1", "0xC5d563A36AE78145C45a50134d48A1215220f80a", "0x82cb6aa85babb812f4b521a12b10f0cbc68d2b44be7bc02c047004f544adb49f")]
    public void Domain_separators_match(string version, string contract, string expected)
    {
        Assert.Equal(expected, Eip712.Hex(PolymarketOrderSigner.DomainSeparator(new PolymarketExchangeDomain(version, 137, contract))));
    }

    [Fact]
    public void Type_hashes_match_the_vector_file()
    {
        var sha3 = new Nethereum.Util.Sha3Keccack();
        Assert.Equal(PolymarketOrderTypedData.OrderTypeString, SharedFiles.Vectors.GetProperty("typeStrings").GetProperty("order").GetString());
        Assert.Equal(SharedFiles.Vectors.GetProperty("typeHashes").GetProperty("order").GetString(), "0x" + sha3.CalculateHash(PolymarketOrderTypedData.OrderTypeString));
    }

    [Fact] // VECTORS.md §3: EIP712Domain typehash 0x8b73c3…400f (vectors.json typeHashes.domain)
    public void Domain_type_hash_matches_the_vector_file_and_is_the_one_the_separators_are_built_on()
    {
        var sha3 = new Nethereum.Util.Sha3Keccack();
        var typeString = "EIP712Domain(" + string.Join(',', Eip712.DomainWithContract.Select(m => $"{m.Type} {m.Name}")) + ")";
        var typeHash = SharedFiles.Vectors.GetProperty("typeHashes").GetProperty("domain").GetString()!;

        Assert.Equal(SharedFiles.Vectors.GetProperty("typeStrings").GetProperty("domain").GetString(), typeString);
        Assert.Equal("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f", typeHash);
        Assert.Equal(typeHash, "0x" + sha3.CalculateHash(typeString));

        // The separator by hand: keccak(typeHash ‖ keccak(name) ‖ keccak(version) ‖ uint256 chainId ‖ address as 32 bytes).
        var domain = PolymarketExchange.V2(negRisk: false);
        var chainId = new byte[32];
        chainId[^1] = (byte)domain.ChainId;
        byte[] encoded =
        [
            .. Convert.FromHexString(typeHash[2..]),
            .. sha3.CalculateHash(System.Text.Encoding.UTF8.GetBytes(PolymarketExchangeDomain.Name)),
            .. sha3.CalculateHash(System.Text.Encoding.UTF8.GetBytes(domain.Version)),
            .. chainId,
            .. new byte[12],
            .. Convert.FromHexString(domain.VerifyingContract[2..]),
        ];
        Assert.Equal(Eip712.Hex(sha3.CalculateHash(encoded)), Eip712.Hex(PolymarketOrderSigner.DomainSeparator(domain)));
    }

    [Fact]
    public void Verifier_rejects_a_tampered_order()
    {
        var order = new PolymarketOrder(1, TestKeys.Address, TestKeys.Address, 5, 52000000, 100000000, PolymarketOrderSide.Buy, PolymarketSignatureType.Eoa, 1740000000000);
        var domain = PolymarketExchange.V2(negRisk: false);
        var signed = _signer.Sign(order, domain);

        Assert.True(PolymarketOrderVerifier.IsSignedBySigner(order, domain, signed.Signature));
        Assert.False(PolymarketOrderVerifier.IsSignedBySigner(order with { MakerAmount = 52000001 }, domain, signed.Signature));
        Assert.False(PolymarketOrderVerifier.IsSignedBySigner(order, PolymarketExchange.V2(negRisk: true), signed.Signature));
        Assert.Equal(TestKeys.Address, PolymarketOrderVerifier.RecoverSigner(Convert.FromHexString(signed.Digest[2..]), signed.Signature));
    }

    [Fact]
    public void Verifier_rejects_a_poly1271_envelope_for_another_order()
    {
        var wallet = "0x94bF330955A0b957662fEaF878dE77bf25f76cD9";
        var order = new PolymarketOrder(7, wallet, wallet, 5, 1000000, 2000000, PolymarketOrderSide.Buy, PolymarketSignatureType.Poly1271, 1740000000000);
        var domain = PolymarketExchange.V2(negRisk: false);
        var signed = _signer.Sign(order, domain);

        Assert.Equal(TestKeys.Address, PolymarketOrderVerifier.RecoverOrderSigner(order, domain, signed.Signature));
        Assert.Null(PolymarketOrderVerifier.RecoverOrderSigner(order with { TakerAmount = 2000001 }, domain, signed.Signature));
    }
}
