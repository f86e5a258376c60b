using System.Globalization;
using System.Numerics;
using System.Text;
using Nethereum.Signer;
using Nethereum.Util;

namespace Ito.ExchangeSimulator.Auth;

/// <summary>
/// EIP-712 hashing written out field by field (so the exact struct layout Polymarket signs is visible here) and
/// signer recovery with Nethereum's secp256k1.
/// </summary>
internal static class Eip712
{
    public const string CtfExchangeV2 = "0xE111180000d2663C0091e4f400237545B87B996B";
    public const string NegRiskCtfExchangeV2 = "0xe2222d279d744050d28e00520010520000310F59";
    public const long PolygonChainId = 137;
    public const string ClobAuthMessage = "This message attests that I control the given wallet";

    private static readonly byte[] DomainTypeHash = Keccak("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    private static readonly byte[] DomainNoContractTypeHash = Keccak("EIP712Domain(string name,string version,uint256 chainId)");
    public static readonly byte[] OrderTypeHash = Keccak(
        "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)");
    private static readonly byte[] ClobAuthTypeHash = Keccak("ClobAuth(address address,string timestamp,uint256 nonce,string message)");

    public static byte[] ExchangeDomainSeparator(string verifyingContract, string version = "2", long chainId = PolygonChainId) =>
        Keccak(Concat(DomainTypeHash, Keccak("Polymarket CTF Exchange"), Keccak(version), Uint(chainId), Address(verifyingContract)));

    public static byte[] OrderDigest(SignedOrder order, string verifyingContract, string version = "2", long chainId = PolygonChainId)
    {
        var structHash = Keccak(Concat(
            OrderTypeHash, Uint(order.Salt), Address(order.Maker), Address(order.Signer), Uint(order.TokenId),
            Uint(order.MakerAmount), Uint(order.TakerAmount), Uint(order.Side), Uint(order.SignatureType), Uint(order.Timestamp),
            Bytes32(order.Metadata), Bytes32(order.Builder)));
        return Digest(ExchangeDomainSeparator(verifyingContract, version, chainId), structHash);
    }

    public static byte[] ClobAuthDigest(string address, string timestamp, BigInteger nonce, long chainId = PolygonChainId)
    {
        var domain = Keccak(Concat(DomainNoContractTypeHash, Keccak("ClobAuthDomain"), Keccak("1"), Uint(chainId)));
        var structHash = Keccak(Concat(ClobAuthTypeHash, Address(address), Keccak(timestamp), Uint(nonce), Keccak(ClobAuthMessage)));
        return Digest(domain, structHash);
    }

    /// <summary>The address that produced <paramref name="signature"/> (0x r‖s‖v) over <paramref name="digest"/>, or null.</summary>
    public static string? Recover(byte[] digest, string signature)
    {
        try
        {
            var hex = signature.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? signature[2..] : signature;
            if (hex.Length != 130) return null;
            var parsed = EthECDSASignatureFactory.ExtractECDSASignature(signature);
            return EthECKey.RecoverFromSignature(parsed, digest).GetPublicAddress();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    public static bool SameAddress(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool IsAddress(string value) =>
        value.Length == 42 && value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && value[2..].All(char.IsAsciiHexDigit);

    private static byte[] Digest(byte[] domainSeparator, byte[] structHash) => Keccak(Concat([0x19, 0x01], domainSeparator, structHash));

    public static byte[] Keccak(byte[] data) => Sha3Keccack.Current.CalculateHash(data);

    public static byte[] Keccak(string text) => Keccak(Encoding.UTF8.GetBytes(text));

    private static byte[] Uint(BigInteger value)
    {
        if (value.Sign < 0) throw new ArgumentException("uint must not be negative");
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (bytes.Length > 32) throw new ArgumentException("uint256 overflow");
        var word = new byte[32];
        bytes.CopyTo(word, 32 - bytes.Length);
        return word;
    }

    private static byte[] Address(string address)
    {
        if (!IsAddress(address)) throw new ArgumentException("invalid address");
        var word = new byte[32];
        Convert.FromHexString(address[2..]).CopyTo(word, 12);
        return word;
    }

    private static byte[] Bytes32(string hex)
    {
        var bytes = Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex);
        if (bytes.Length != 32) throw new ArgumentException("bytes32 must be 32 bytes");
        return bytes;
    }

    private static byte[] Concat(params byte[][] parts)
    {
        var result = new byte[parts.Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }
        return result;
    }

    public static BigInteger ParseUint(string text) =>
        BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"not an unsigned integer: {text}");
}

/// <summary>The eleven fields of a CTF Exchange V2 order that the EIP-712 signature covers.</summary>
internal sealed record SignedOrder(
    BigInteger Salt, string Maker, string Signer, BigInteger TokenId, BigInteger MakerAmount, BigInteger TakerAmount,
    int Side, int SignatureType, BigInteger Timestamp, string Metadata, string Builder);
