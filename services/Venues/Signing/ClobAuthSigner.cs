using System.Globalization;
using System.Numerics;
using Nethereum.ABI.EIP712;
using Nethereum.Signer;

namespace Ito.Venues.Signing;

/// <summary>The four L1 headers used to create or derive CLOB API credentials.</summary>
public sealed record PolymarketL1Headers(string Address, string Signature, string Timestamp, string Nonce)
{
    public const string AddressHeader = "POLY_ADDRESS";
    public const string SignatureHeader = "POLY_SIGNATURE";
    public const string TimestampHeader = "POLY_TIMESTAMP";
    public const string NonceHeader = "POLY_NONCE";
}

/// <summary>
/// Polymarket L1 authentication: an EIP-712 <c>ClobAuth</c> signature. Quirks: the domain has NO verifyingContract,
/// and <c>timestamp</c> is a <c>string</c> field although it holds Unix seconds. Pure: no clock, no I/O.
/// </summary>
public sealed class ClobAuthSigner(string privateKeyHex)
{
    public const string AttestationMessage = "This message attests that I control the given wallet";

    private readonly EthECKey _key = new(privateKeyHex);

    public string Address => _key.GetPublicAddress();

    public static byte[] Digest(string address, long chainId, string timestamp, BigInteger nonce) =>
        Eip712.Hash(TypedData(address, chainId, timestamp, nonce)).TypedDataHash;

    public static byte[] DomainSeparator(long chainId) =>
        Eip712.Hash(TypedData("0x0000000000000000000000000000000000000000", chainId, "0", 0)).DomainHash;

    public string Sign(long chainId, string timestamp, BigInteger nonce) =>
        Eip712.SignDigest(_key, Digest(Address, chainId, timestamp, nonce));

    /// <summary>
    /// <c>POLY_ADDRESS</c> goes out in lower case, as rs-clob-client sends it and its published header vector pins
    /// (VECTORS.md §1); the TS and Python SDKs send the EIP-55 form and the CLOB accepts either. The signed ClobAuth
    /// message is the same both ways: an <c>address</c> field hashes its 20 bytes, not its spelling.
    /// </summary>
    public PolymarketL1Headers CreateHeaders(long chainId, long timestampSeconds, BigInteger nonce)
    {
        var timestamp = timestampSeconds.ToString(CultureInfo.InvariantCulture);
        return new(Address.ToLowerInvariant(), Sign(chainId, timestamp, nonce), timestamp, nonce.ToString(CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"ClobAuthSigner(Address={Address})";

    private static TypedDataRaw TypedData(string address, long chainId, string timestamp, BigInteger nonce) => new()
    {
        PrimaryType = "ClobAuth",
        Types = new Dictionary<string, MemberDescription[]>
        {
            ["EIP712Domain"] = Eip712.DomainWithoutContract,
            ["ClobAuth"] =
            [
                new() { Name = "address", Type = "address" },
                new() { Name = "timestamp", Type = "string" },
                new() { Name = "nonce", Type = "uint256" },
                new() { Name = "message", Type = "string" },
            ],
        },
        DomainRawValues = Eip712.DomainValues("ClobAuthDomain", "1", chainId, verifyingContract: null),
        Message =
        [
            new() { TypeName = "address", Value = address },
            new() { TypeName = "string", Value = timestamp },
            new() { TypeName = "uint256", Value = nonce },
            new() { TypeName = "string", Value = AttestationMessage },
        ],
    };
}
