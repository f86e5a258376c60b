using System.Globalization;
using System.Numerics;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>Venue-shaped identifiers derived from the seed: 0x + 64 hex condition ids and uint256 decimal token ids.</summary>
internal static class IdFactory
{
    public static byte[] Bytes32(ulong seed, ulong tag, ulong seq)
    {
        var bytes = new byte[32];
        for (var i = 0; i < 4; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8, 8), DeterministicRandom.Hash(seed, tag, seq, (ulong)i));
        }
        return bytes;
    }

    public static string Hex32(ulong seed, ulong tag, ulong seq) => "0x" + Convert.ToHexStringLower(Bytes32(seed, tag, seq));

    public static string Uint256(ulong seed, ulong tag, ulong seq) =>
        new BigInteger(Bytes32(seed, tag, seq), isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);

    public const ulong ConditionTag = 0xC0D1;
    public const ulong QuestionTag = 0x9E57;
    public const ulong YesTokenTag = 0x7E5;
    public const ulong NoTokenTag = 0x40;
    public const ulong NegRiskTag = 0x4E6;
}
