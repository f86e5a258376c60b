using System.Security.Cryptography;
using Ito.Trading.Execution;
using Ito.Venues.Polymarket.Clob;
using Ito.Venues.Signing;

namespace Ito.Trading.Tests.Unit;

public sealed class StoredClobOrderTests
{
    private static readonly ClobOrderFactory Factory = new(new PolymarketOrderSigner("0x" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))),
        funderAddress: null, PolymarketSignatureType.Eoa, PolymarketExchange.PolygonChainId, TimeProvider.System);

    private static readonly ClobLimitOrderRequest Buy = new(
        "71321045679252212594626385532706912750332728571942532289631379312455583992563", PolymarketOrderSide.Buy, 0.37m, 12.5m, 0.01m,
        NegRisk: false, PolymarketOrderType.Fak);

    [Fact]
    public void A_stored_order_reads_back_as_the_same_signed_order_byte_for_byte_on_the_wire()
    {
        var signed = Factory.CreateLimitOrder(Buy);

        var again = StoredClobOrder.Read(StoredClobOrder.Write(signed));

        Assert.Equal(signed, again);
        Assert.Equal(PolymarketOrderWire.ToJson(signed, "owner", PolymarketOrderType.Fak), PolymarketOrderWire.ToJson(again, "owner", PolymarketOrderType.Fak));
    }

    [Fact]
    public void Signing_the_same_leg_again_is_a_different_order_which_is_why_the_first_signature_is_stored()
    {
        var first = Factory.CreateLimitOrder(Buy);
        var second = Factory.CreateLimitOrder(Buy);

        Assert.NotEqual(first.Digest, second.Digest);
    }
}
