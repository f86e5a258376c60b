using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Ito.ExchangeSimulator.Tests.Kalshi;

/// <summary>Kalshi request signing as a client does it (RSA-PSS SHA-256 over timestamp + METHOD + path).</summary>
public sealed class KalshiSigner(RSA key, string keyId)
{
    public const string Api = "/kalshi/trade-api/v2";

    public string KeyId => keyId;

    public static async Task<KalshiSigner> Register(HttpClient client, string? keyId = null)
    {
        var rsa = RSA.Create(2048);
        keyId ??= Guid.NewGuid().ToString();
        var response = await client.PostAsJsonAsync("/admin/kalshi/api-keys", new { keyId, publicKeyPem = rsa.ExportSubjectPublicKeyInfoPem() });
        response.EnsureSuccessStatusCode();
        return new KalshiSigner(rsa, keyId);
    }

    /// <param name="signMountedPath">Sign <c>/kalshi/trade-api/v2/...</c> (the requested path) instead of <c>/trade-api/v2/...</c>.</param>
    public HttpRequestMessage Request(HttpMethod method, string relative, object? body = null, bool signMountedPath = false,
        long? timestampMs = null, Func<string, string>? tamper = null)
    {
        var url = Api + relative;
        var path = url.Split('?')[0];
        var signedPath = signMountedPath ? path : path["/kalshi".Length..];
        var timestamp = (timestampMs ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(timestamp + method.Method + signedPath), HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("KALSHI-ACCESS-KEY", keyId);
        request.Headers.Add("KALSHI-ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("KALSHI-ACCESS-SIGNATURE", tamper is null ? signature : tamper(signature));
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }
}
