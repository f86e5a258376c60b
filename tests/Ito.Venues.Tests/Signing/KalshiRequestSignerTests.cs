using System.Security.Cryptography;
using Ito.Venues.Signing;

namespace Ito.Venues.Tests.Signing;

public class KalshiRequestSignerTests
{
    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048));

    [Theory] // VECTORS.md §7: message construction from the Kalshi docs
    [InlineData(1703123456789, "GET", "/trade-api/v2/portfolio/balance", "1703123456789GET/trade-api/v2/portfolio/balance")]
    [InlineData(1703123456789, "GET", "/trade-api/v2/portfolio/orders?limit=5", "1703123456789GET/trade-api/v2/portfolio/orders")]
    [InlineData(1703123456789, "POST", "/trade-api/v2/portfolio/orders", "1703123456789POST/trade-api/v2/portfolio/orders")]
    [InlineData(1703123456789, "GET", "/trade-api/ws/v2", "1703123456789GET/trade-api/ws/v2")]
    [InlineData(1703123456789, "delete", "/trade-api/v2/portfolio/events/orders/abc", "1703123456789DELETE/trade-api/v2/portfolio/events/orders/abc")]
    public void Builds_the_documented_message(long timestamp, string method, string path, string expected)
    {
        Assert.Equal(expected, KalshiRequestSigner.Message(timestamp, method, path));
    }

    [Theory] // VECTORS.md §7: the host never changes the signed path; the query is dropped
    [InlineData("https://external-api.kalshi.com/trade-api/v2/portfolio/orders?limit=5")]
    [InlineData("https://api.elections.kalshi.com/trade-api/v2/portfolio/orders?limit=5")]
    [InlineData("https://demo-api.kalshi.co/trade-api/v2/portfolio/orders")]
    public void Signed_path_is_the_url_path_without_host_or_query(string url)
    {
        Assert.Equal("/trade-api/v2/portfolio/orders", KalshiRequestSigner.SignedPath(new Uri(url)));
    }

    [Fact]
    public void Pkcs1_pem_signature_verifies_with_the_public_key()
    {
        using var signer = new KalshiRequestSigner("a952bcbe-ec3b-4b5b-b8f9-11dae589608c", Key.Value.ExportRSAPrivateKeyPem());

        var signature = signer.Sign(1703123456789, "GET", "/trade-api/v2/portfolio/balance");

        Assert.True(KalshiRequestSigner.Verify(Key.Value.ExportSubjectPublicKeyInfoPem(), 1703123456789, "GET", "/trade-api/v2/portfolio/balance", signature));
        Assert.False(KalshiRequestSigner.Verify(Key.Value.ExportSubjectPublicKeyInfoPem(), 1703123456790, "GET", "/trade-api/v2/portfolio/balance", signature));
        Assert.Equal(256, Convert.FromBase64String(signature).Length);
    }

    [Fact]
    public void Pkcs8_pem_works_and_pss_signatures_are_randomized()
    {
        using var signer = new KalshiRequestSigner("key", Key.Value.ExportPkcs8PrivateKeyPem());

        var first = signer.Sign(1, "POST", "/trade-api/v2/portfolio/events/orders");
        var second = signer.Sign(1, "POST", "/trade-api/v2/portfolio/events/orders");

        Assert.NotEqual(first, second);
        Assert.True(KalshiRequestSigner.Verify(Key.Value.ExportSubjectPublicKeyInfoPem(), 1, "POST", "/trade-api/v2/portfolio/events/orders", first));
        Assert.True(KalshiRequestSigner.Verify(Key.Value.ExportSubjectPublicKeyInfoPem(), 1, "POST", "/trade-api/v2/portfolio/events/orders", second));
    }

    [Fact]
    public void Headers_sign_the_request_path_without_query()
    {
        using var signer = new KalshiRequestSigner("a952bcbe-ec3b-4b5b-b8f9-11dae589608c", Key.Value.ExportRSAPrivateKeyPem());

        var headers = signer.CreateHeaders(1703123456789, HttpMethod.Get, new Uri("https://external-api.kalshi.com/trade-api/v2/portfolio/orders?limit=5"));

        Assert.Equal("a952bcbe-ec3b-4b5b-b8f9-11dae589608c", headers.AccessKey);
        Assert.Equal("1703123456789", headers.Timestamp);
        Assert.True(KalshiRequestSigner.Verify(Key.Value.ExportSubjectPublicKeyInfoPem(), 1703123456789, "GET", "/trade-api/v2/portfolio/orders", headers.Signature));
        Assert.DoesNotContain("PRIVATE", signer.ToString());
    }
}
