using System.Buffers.Binary;
using System.Text;
using Nethereum.Signer;

namespace Ito.Venues.Signing;

/// <summary>
/// Signs CLOB V2 orders with an EOA key. For signature types 0/1/2 the signature is a plain 65-byte ECDSA signature
/// over the order digest; for type 3 (POLY_1271) it is the ERC-7739 nested layout
/// <c>innerSig(65) ‖ appDomainSeparator(32) ‖ contentsHash(32) ‖ ORDER_TYPE_STRING ‖ uint16_be(len)</c>. Pure: no I/O.
/// </summary>
public sealed class PolymarketOrderSigner(string privateKeyHex)
{
    private readonly EthECKey _key = new(privateKeyHex);

    public string Address => _key.GetPublicAddress();

    public static byte[] Digest(PolymarketOrder order, PolymarketExchangeDomain domain) =>
        Eip712.Hash(PolymarketOrderTypedData.Order(order, domain)).TypedDataHash;

    public static byte[] StructHash(PolymarketOrder order, PolymarketExchangeDomain domain) =>
        Eip712.Hash(PolymarketOrderTypedData.Order(order, domain)).MessageHash;

    public static byte[] DomainSeparator(PolymarketExchangeDomain domain) =>
        Eip712.Hash(PolymarketOrderTypedData.Order(EmptyOrder, domain)).DomainHash;

    public PolymarketSignedOrder Sign(PolymarketOrder order, PolymarketExchangeDomain domain)
    {
        var hashes = Eip712.Hash(PolymarketOrderTypedData.Order(order, domain));
        var signature = order.SignatureType == PolymarketSignatureType.Poly1271
            ? SignForDepositWallet(order, domain, hashes.DomainHash, hashes.MessageHash)
            : Eip712.SignDigest(_key, hashes.TypedDataHash);
        return new PolymarketSignedOrder(order, signature, Eip712.Hex(hashes.TypedDataHash));
    }

    public override string ToString() => $"PolymarketOrderSigner(Address={Address})";

    private string SignForDepositWallet(PolymarketOrder order, PolymarketExchangeDomain domain, byte[] domainSeparator, byte[] contentsHash)
    {
        // For POLY_1271 the order's signer IS the wallet contract; the EOA key signs on its behalf.
        var nestedDigest = Eip712.Hash(PolymarketOrderTypedData.TypedDataSign(order, domain, order.Signer)).TypedDataHash;
        var inner = Convert.FromHexString(Eip712.SignDigest(_key, nestedDigest)[2..]);
        var typeString = Encoding.ASCII.GetBytes(PolymarketOrderTypedData.OrderTypeString);

        var buffer = new byte[inner.Length + 32 + 32 + typeString.Length + 2];
        var span = buffer.AsSpan();
        inner.CopyTo(span);
        domainSeparator.CopyTo(span[65..]);
        contentsHash.CopyTo(span[97..]);
        typeString.CopyTo(span[129..]);
        BinaryPrimitives.WriteUInt16BigEndian(span[(129 + typeString.Length)..], (ushort)typeString.Length);
        return Eip712.Hex(buffer);
    }

    private static readonly PolymarketOrder EmptyOrder = new(0, "0x0000000000000000000000000000000000000000",
        "0x0000000000000000000000000000000000000000", 0, 0, 0, PolymarketOrderSide.Buy, PolymarketSignatureType.Eoa, 0);
}
