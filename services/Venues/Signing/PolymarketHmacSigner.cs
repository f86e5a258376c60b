using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ito.Venues.Signing;

/// <summary>The five L2 headers the CLOB reads on trading and account endpoints.</summary>
public sealed record PolymarketL2Headers(string Address, string Signature, string Timestamp, string ApiKey, string Passphrase)
{
    public const string AddressHeader = "POLY_ADDRESS";
    public const string SignatureHeader = "POLY_SIGNATURE";
    public const string TimestampHeader = "POLY_TIMESTAMP";
    public const string ApiKeyHeader = "POLY_API_KEY";
    public const string PassphraseHeader = "POLY_PASSPHRASE";

    public override string ToString() => $"PolymarketL2Headers(Address={Address}, Timestamp={Timestamp})";
}

/// <summary>
/// Polymarket L2 request signing: HMAC-SHA256 keyed with the base64url-decoded API secret over
/// <c>timestamp + METHOD + requestPath + body</c>, encoded as URL-safe base64 that KEEPS its '=' padding
/// (the SDKs do; stripping it breaks authentication). Pure: no clock, no I/O.
/// </summary>
public sealed class PolymarketHmacSigner
{
    private readonly byte[] _key;
    private readonly string _apiKey;
    private readonly string _passphrase;

    public PolymarketHmacSigner(string address, string apiKey, string apiSecret, string apiPassphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiSecret);
        Address = address;
        _apiKey = apiKey;
        _passphrase = apiPassphrase;
        _key = DecodeSecret(apiSecret);
    }

    public string Address { get; }

    public static string Sign(string apiSecret, long timestampSeconds, string method, string requestPath, string? body) =>
        Sign(DecodeSecret(apiSecret), timestampSeconds, method, requestPath, body);

    /// <summary><c>POLY_ADDRESS</c> in lower case, as for L1 (rs-clob-client <c>l2_headers_should_succeed</c>, VECTORS.md §2).</summary>
    public PolymarketL2Headers CreateHeaders(long timestampSeconds, string method, string requestPath, string? body) =>
        new(Address.ToLowerInvariant(), Sign(_key, timestampSeconds, method, requestPath, body),
            timestampSeconds.ToString(CultureInfo.InvariantCulture), _apiKey, _passphrase);

    public override string ToString() => $"PolymarketHmacSigner(Address={Address})";

    private static string Sign(byte[] key, long timestampSeconds, string method, string requestPath, string? body)
    {
        var message = timestampSeconds.ToString(CultureInfo.InvariantCulture) + method + requestPath + (body ?? "");
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
        return Convert.ToBase64String(mac).Replace('+', '-').Replace('/', '_');
    }

    private static byte[] DecodeSecret(string secret)
    {
        var standard = secret.Trim().Replace('-', '+').Replace('_', '/');
        var padding = (4 - standard.Length % 4) % 4;
        return Convert.FromBase64String(standard + new string('=', padding));
    }
}
