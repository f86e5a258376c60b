using System.Security.Cryptography;
using Ito.Venues.Signing;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>What to trade: a limit order on one outcome token, priced as a probability.</summary>
public sealed record ClobLimitOrderRequest(
    string TokenId,
    PolymarketOrderSide Side,
    decimal Price,
    decimal Size,
    decimal TickSize,
    bool NegRisk,
    PolymarketOrderType OrderType = PolymarketOrderType.Gtc,
    long ExpirationSeconds = 0,
    string Builder = PolymarketOrder.ZeroBytes32);

/// <summary>
/// Turns a trading intent into a signed V2 order: amounts by the SDK's rounding, maker = the funder (proxy, Safe or
/// deposit wallet) or the EOA itself, signer = the EOA (or the wallet for POLY_1271), a random salt, a ms timestamp.
/// </summary>
public sealed class ClobOrderFactory(PolymarketOrderSigner signer, string? funderAddress, PolymarketSignatureType signatureType, long chainId, TimeProvider timeProvider)
{
    public PolymarketSignedOrder CreateLimitOrder(ClobLimitOrderRequest request)
    {
        var amounts = PolymarketOrderAmounts.Limit(request.Side, request.Price, request.Size, request.TickSize);
        var maker = string.IsNullOrWhiteSpace(funderAddress) ? signer.Address : funderAddress;
        // For a deposit wallet (POLY_1271) the order's signer is the wallet contract, which validates the EOA's signature.
        var orderSigner = signatureType == PolymarketSignatureType.Poly1271 ? maker : signer.Address;
        var order = new PolymarketOrder(
            Salt: RandomSalt(),
            Maker: maker,
            Signer: orderSigner,
            TokenId: Eip712.ParseUInt(request.TokenId),
            MakerAmount: amounts.MakerAmount,
            TakerAmount: amounts.TakerAmount,
            Side: request.Side,
            SignatureType: signatureType,
            TimestampMs: timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            Builder: request.Builder,
            Expiration: request.ExpirationSeconds);
        return signer.Sign(order, PolymarketExchange.V2(request.NegRisk, chainId));
    }

    // The SDK's salt fits in a JSON number exactly (below 2^53), which the wire format relies on.
    private static long RandomSalt() => RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1024L + RandomNumberGenerator.GetInt32(0, 1024);
}
