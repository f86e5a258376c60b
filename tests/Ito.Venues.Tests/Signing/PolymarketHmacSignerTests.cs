using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Signing;

public class PolymarketHmacSignerTests
{
    private const string SdkSecret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    [Theory] // VECTORS.md §2, official SDK rows
    [InlineData(SdkSecret, 1000000, "test-sign", "/orders", "{\"hash\": \"0x123\"}", "ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=")]
    [InlineData(SdkSecret, 1000000, "test-sign", "/orders", "{\"hash\":\"0x123\"}", "4gJVbox-R6XlDK4nlaicig0_ANVL1qdcahiL8CXfXLM=")]
    [InlineData(SdkSecret, 1, "GET", "/", null, "eHaylCwqRSOa2LFD77Nt_SaTpbsxzN8eTEI3LryhEj4=")]
    public void Signs_like_the_official_sdks(string secret, long timestamp, string method, string path, string? body, string expected)
    {
        Assert.Equal(expected, PolymarketHmacSigner.Sign(secret, timestamp, method, path, body));
    }

    [Fact] // VECTORS.md §2, vectors.json hmac[] (url-safe secret with '_')
    public void Matches_every_hmac_vector()
    {
        var cases = SharedFiles.Vectors.GetProperty("hmac").EnumerateArray().ToList();
        Assert.Equal(4, cases.Count);
        foreach (var c in cases)
        {
            var actual = PolymarketHmacSigner.Sign(
                c.GetProperty("secret").GetString()!,
                long.Parse(c.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                c.GetProperty("method").GetString()!,
                c.GetProperty("requestPath").GetString()!,
                c.GetProperty("body").GetString());
            Assert.Equal(c.GetProperty("signature").GetString(), actual);
        }
    }

    [Fact] // VECTORS.md §2: rs-clob-client l2_headers_should_succeed (POLY_ADDRESS in lower case)
    public void Headers_carry_key_passphrase_and_padded_urlsafe_signature()
    {
        var signer = new PolymarketHmacSigner(TestKeys.Address, "00000000-0000-0000-0000-000000000000", SdkSecret, "pass");

        var headers = signer.CreateHeaders(1, "GET", "/", null);

        Assert.Equal("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", headers.Address);
        Assert.Equal("eHaylCwqRSOa2LFD77Nt_SaTpbsxzN8eTEI3LryhEj4=", headers.Signature);
        Assert.Equal("1", headers.Timestamp);
        Assert.Equal("00000000-0000-0000-0000-000000000000", headers.ApiKey);
        Assert.Equal("pass", headers.Passphrase);
        Assert.DoesNotContain("pass", headers.ToString());
    }
}
