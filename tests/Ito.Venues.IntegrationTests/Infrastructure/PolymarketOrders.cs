using System.Numerics;
using System.Security.Cryptography;
using Ito.Venues.Polymarket.Gamma;
using Ito.Venues.Signing;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>Builds signed CLOB V2 orders from the SDK's pieces: amounts by the SDK's rounding, EIP-712 over the market's exchange.</summary>
public static class PolymarketOrders
{
    private static readonly PolymarketOrderSigner Signer = new(TestKeys.PolymarketPrivateKey);

    public static PolymarketSignedOrder Limit(GammaMarket market, string tokenId, PolymarketOrderSide side, decimal price, decimal size)
    {
        var tick = market.OrderPriceMinTickSize ?? 0.01m;
        var amounts = PolymarketOrderAmounts.Limit(side, price, size, tick);
        var order = new PolymarketOrder(
            Salt: RandomNumberGenerator.GetInt32(1, int.MaxValue),
            Maker: Signer.Address,
            Signer: Signer.Address,
            TokenId: BigInteger.Parse(tokenId, System.Globalization.CultureInfo.InvariantCulture),
            MakerAmount: amounts.MakerAmount,
            TakerAmount: amounts.TakerAmount,
            Side: side,
            SignatureType: PolymarketSignatureType.Eoa,
            TimestampMs: DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        // Neg-risk markets settle on another exchange contract, so the signing domain follows the market.
        return Signer.Sign(order, PolymarketExchange.V2(market.NegRisk == true));
    }
}
