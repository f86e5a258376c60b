using System.Numerics;

namespace Ito.Venues.Signing;

public enum PolymarketOrderSide
{
    Buy = 0,
    Sell = 1,
}

/// <summary>Who signs for the maker: an EOA, a Polymarket proxy, a Gnosis Safe, or (V2 only) an ERC-1271 deposit wallet.</summary>
public enum PolymarketSignatureType
{
    Eoa = 0,
    PolyProxy = 1,
    GnosisSafe = 2,
    Poly1271 = 3,
}

/// <summary>
/// A CLOB V2 order, the 11 signed fields plus <see cref="Expiration"/>, which V2 sends on the wire but does NOT sign.
/// Amounts are integers in 6-decimal base units (pUSD and outcome tokens alike).
/// </summary>
public sealed record PolymarketOrder(
    long Salt,
    string Maker,
    string Signer,
    BigInteger TokenId,
    BigInteger MakerAmount,
    BigInteger TakerAmount,
    PolymarketOrderSide Side,
    PolymarketSignatureType SignatureType,
    long TimestampMs,
    string Metadata = PolymarketOrder.ZeroBytes32,
    string Builder = PolymarketOrder.ZeroBytes32,
    long Expiration = 0)
{
    public const string ZeroBytes32 = "0x0000000000000000000000000000000000000000000000000000000000000000";
}

/// <summary>An order with its signature; <see cref="Digest"/> is the EIP-712 hash, which the CLOB uses as the order id.</summary>
public sealed record PolymarketSignedOrder(PolymarketOrder Order, string Signature, string Digest);
