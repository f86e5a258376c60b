using System.Globalization;
using System.Numerics;
using Nethereum.ABI.EIP712;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;

namespace Ito.Venues.Signing;

/// <summary>Small EIP-712/secp256k1 helpers over Nethereum shared by the Polymarket signers and verifiers.</summary>
public static class Eip712
{
    public static readonly MemberDescription[] DomainWithContract =
    [
        new() { Name = "name", Type = "string" },
        new() { Name = "version", Type = "string" },
        new() { Name = "chainId", Type = "uint256" },
        new() { Name = "verifyingContract", Type = "address" },
    ];

    public static readonly MemberDescription[] DomainWithoutContract =
    [
        new() { Name = "name", Type = "string" },
        new() { Name = "version", Type = "string" },
        new() { Name = "chainId", Type = "uint256" },
    ];

    public static MemberValue[] DomainValues(string name, string version, long chainId, string? verifyingContract)
    {
        var values = new List<MemberValue>
        {
            new() { TypeName = "string", Value = name },
            new() { TypeName = "string", Value = version },
            new() { TypeName = "uint256", Value = new BigInteger(chainId) },
        };
        if (verifyingContract is not null)
        {
            values.Add(new() { TypeName = "address", Value = verifyingContract });
        }

        return [.. values];
    }

    public static TypedDataHashResult Hash(TypedDataRaw typedData) =>
        Eip712TypedDataEncoder.Current.CalculateTypedDataHashes(typedData);

    /// <summary>Signs a 32-byte digest: <c>0x ‖ r ‖ s ‖ v</c> with v = 27/28, as ethers and eth-account produce.</summary>
    public static string SignDigest(EthECKey key, byte[] digest) =>
        EthECDSASignature.CreateStringSignature(key.SignAndCalculateV(digest));

    /// <summary>Recovers the checksummed address that produced a 65-byte <c>r ‖ s ‖ v</c> signature over a digest.</summary>
    public static string RecoverSigner(byte[] digest, string signatureHex)
    {
        var signature = EthECDSASignatureFactory.ExtractECDSASignature(signatureHex);
        return EthECKey.RecoverFromSignature(signature, digest).GetPublicAddress();
    }

    public static byte[] Bytes32(string hex)
    {
        var bytes = string.IsNullOrEmpty(hex) ? [] : hex.HexToByteArray();
        if (bytes.Length > 32)
        {
            throw new ArgumentException("A bytes32 value has at most 32 bytes.", nameof(hex));
        }

        var padded = new byte[32];
        // bytes32 values are left-aligned, zero-padded on the right.
        bytes.CopyTo(padded, 0);
        return padded;
    }

    public static string Hex(byte[] bytes) => bytes.ToHex(prefix: true);

    public static BigInteger ParseUInt(string value) => BigInteger.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
}
