using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Auth;

/// <summary>A CLOB API key: the L2 HMAC secret (base64url) and passphrase, owned by one wallet address.</summary>
internal sealed record PolyApiKey(string ApiKey, string Address, string Secret, string Passphrase);

/// <summary>
/// API keys from configuration (<c>Simulator:Polymarket:ApiKeys</c>) or L1 creation. Keys derived through
/// <c>/auth/api-key</c> depend only on the seed, wallet and nonce, so create and derive agree (as on Polymarket).
/// </summary>
internal sealed class PolymarketCredentials
{
    private readonly ConcurrentDictionary<string, PolyApiKey> _keys = new(StringComparer.Ordinal);
    private readonly byte[] _derivationKey;

    public PolymarketCredentials(IOptions<SimulatorOptions> options)
    {
        _derivationKey = SHA256.HashData(Encoding.UTF8.GetBytes($"ito-simulator-clob-keys:{options.Value.Seed}"));
        foreach (var (apiKey, o) in options.Value.Polymarket.ApiKeys)
        {
            Register(new PolyApiKey(apiKey, o.Address, o.Secret, o.Passphrase));
        }
    }

    public void Register(PolyApiKey key) => _keys[key.ApiKey] = key;

    public PolyApiKey? Find(string apiKey) => _keys.GetValueOrDefault(apiKey);

    public PolyApiKey Derive(string address, string nonce)
    {
        var material = HMACSHA256.HashData(_derivationKey, Encoding.UTF8.GetBytes($"{address.ToLowerInvariant()}:{nonce}"));
        var more = HMACSHA256.HashData(_derivationKey, material);
        var key = new PolyApiKey(
            new Guid(material.AsSpan(0, 16)).ToString(),
            address,
            Base64Url.Encode(more),
            Convert.ToHexStringLower(SHA256.HashData(more)));
        Register(key);
        return key;
    }
}

/// <summary>URL-safe base64 that keeps '=' padding, as Polymarket's L2 signatures and secrets use.</summary>
internal static class Base64Url
{
    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');

    public static byte[] Decode(string text)
    {
        var normalized = text.Trim().Replace('-', '+').Replace('_', '/');
        normalized = normalized.PadRight(normalized.Length + (4 - normalized.Length % 4) % 4, '=');
        return Convert.FromBase64String(normalized);
    }
}
