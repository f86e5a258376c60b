using System.Security.Cryptography;
using System.Text;

namespace Ito.Venues.Signing;

/// <summary>The three headers Kalshi reads on an authenticated request.</summary>
public sealed record KalshiAuthHeaders(string AccessKey, string Timestamp, string Signature)
{
    public const string AccessKeyHeader = "KALSHI-ACCESS-KEY";
    public const string TimestampHeader = "KALSHI-ACCESS-TIMESTAMP";
    public const string SignatureHeader = "KALSHI-ACCESS-SIGNATURE";
}

/// <summary>
/// Kalshi request signing: RSA-PSS (SHA-256, MGF1-SHA-256, salt = 32 bytes) over
/// <c>timestamp_ms + METHOD + path</c>, where path is the URL path from the host root (it includes
/// <c>/trade-api/v2</c>) WITHOUT the query string; the body is not signed. Pure: no clock, no I/O.
/// </summary>
public sealed class KalshiRequestSigner : IDisposable
{
    private readonly RSA _rsa;
    private readonly Lock _gate = new(); // one RSA instance is shared by every request; its members are not documented thread-safe

    public KalshiRequestSigner(string keyId, string privateKeyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKeyPem);
        KeyId = keyId;
        _rsa = RSA.Create();
        // ImportFromPem accepts both "BEGIN RSA PRIVATE KEY" (PKCS#1) and "BEGIN PRIVATE KEY" (PKCS#8); Kalshi has handed out both.
        _rsa.ImportFromPem(privateKeyPem);
    }

    public string KeyId { get; }

    public static string Message(long timestampMs, string method, string path) =>
        timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture) + method.ToUpperInvariant() + StripQuery(path);

    /// <summary>The path Kalshi signs for a request URI: the absolute path, without host or query.</summary>
    public static string SignedPath(Uri requestUri) => requestUri.IsAbsoluteUri ? requestUri.AbsolutePath : StripQuery(requestUri.OriginalString);

    public string Sign(long timestampMs, string method, string path)
    {
        var message = Encoding.UTF8.GetBytes(Message(timestampMs, method, path));
        lock (_gate)
        {
            return Convert.ToBase64String(_rsa.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
        }
    }

    public KalshiAuthHeaders CreateHeaders(long timestampMs, HttpMethod method, Uri requestUri) =>
        new(KeyId, timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture), Sign(timestampMs, method.Method, SignedPath(requestUri)));

    /// <summary>Checks a signature with a public key (PEM); PSS is randomized, so this is how signatures are tested.</summary>
    public static bool Verify(string publicKeyPem, long timestampMs, string method, string path, string signatureBase64)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(publicKeyPem);
        return rsa.VerifyData(Encoding.UTF8.GetBytes(Message(timestampMs, method, path)), Convert.FromBase64String(signatureBase64),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
    }

    public void Dispose() => _rsa.Dispose();

    public override string ToString() => $"KalshiRequestSigner(KeyId={KeyId})";

    private static string StripQuery(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? path : path[..query];
    }
}
