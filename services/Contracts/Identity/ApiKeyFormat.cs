using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Ito.Contracts.Identity;

/// <summary>
/// The shape of an API key: <c>bkt_live_</c> (real venues) or <c>bkt_test_</c> (paper/demo mode), then at least 32
/// random base62 characters. Identity mints keys in this shape; the gateway refuses anything else before asking.
/// </summary>
public static class ApiKeyFormat
{
    public const string LivePrefix = "bkt_live_";
    public const string TestPrefix = "bkt_test_";
    public const int MinimumSecretLength = 32;
    private const int MaximumSecretLength = 128;

    /// <summary>How much of a key is stored and shown in lists so its owner can tell keys apart.</summary>
    public const int VisiblePrefixLength = 16;

    public const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static bool IsWellFormed(string candidate)
    {
        var prefixLength = candidate.StartsWith(LivePrefix, StringComparison.Ordinal) || candidate.StartsWith(TestPrefix, StringComparison.Ordinal)
            ? LivePrefix.Length
            : -1;
        if (prefixLength < 0) return false;
        var secret = candidate.AsSpan(prefixLength);
        return secret.Length is >= MinimumSecretLength and <= MaximumSecretLength && !secret.ContainsAnyExcept(Base62Chars);
    }

    private static readonly SearchValues<char> Base62Chars = SearchValues.Create(Base62);
}

/// <summary>
/// Credentials (API keys, session tokens) are stored and looked up only by this hash, so a leaked table or cache
/// holds nothing a caller could present.
/// </summary>
public static class CredentialHash
{
    public static string Of(string credential) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(credential)));
}
