using System.Buffers.Binary;
using System.Text;

namespace Ito.Venues.Signing;

/// <summary>
/// Recovers who signed a CLOB V2 order (the exchange simulator uses this to accept or reject orders). For types
/// 0/1/2 that is the address behind the plain signature, which must equal <c>order.Signer</c>; for POLY_1271 it is
/// the EOA that signed for the wallet, after checking the nested envelope belongs to this order and domain.
/// </summary>
public static class PolymarketOrderVerifier
{
    public static string RecoverSigner(byte[] digest, string signatureHex) => Eip712.RecoverSigner(digest, signatureHex);

    /// <summary>The EOA address that produced the signature, or null when the signature does not fit the order.</summary>
    public static string? RecoverOrderSigner(PolymarketOrder order, PolymarketExchangeDomain domain, string signatureHex)
    {
        try
        {
            if (order.SignatureType != PolymarketSignatureType.Poly1271)
            {
                return RecoverSigner(PolymarketOrderSigner.Digest(order, domain), signatureHex);
            }

            var bytes = Convert.FromHexString(signatureHex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? signatureHex[2..] : signatureHex);
            var typeString = Encoding.ASCII.GetBytes(PolymarketOrderTypedData.OrderTypeString);
            if (bytes.Length != 65 + 32 + 32 + typeString.Length + 2
                || BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(bytes.Length - 2)) != typeString.Length
                || !bytes.AsSpan(129, typeString.Length).SequenceEqual(typeString)
                || !bytes.AsSpan(65, 32).SequenceEqual(PolymarketOrderSigner.DomainSeparator(domain))
                || !bytes.AsSpan(97, 32).SequenceEqual(PolymarketOrderSigner.StructHash(order, domain)))
            {
                return null;
            }

            var nestedDigest = Eip712.Hash(PolymarketOrderTypedData.TypedDataSign(order, domain, order.Signer)).TypedDataHash;
            return RecoverSigner(nestedDigest, Eip712.Hex(bytes[..65]));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when a type 0/1/2 order was signed by <c>order.Signer</c>.</summary>
    public static bool IsSignedBySigner(PolymarketOrder order, PolymarketExchangeDomain domain, string signatureHex) =>
        order.SignatureType != PolymarketSignatureType.Poly1271
        && string.Equals(RecoverOrderSigner(order, domain, signatureHex), order.Signer, StringComparison.OrdinalIgnoreCase);
}
