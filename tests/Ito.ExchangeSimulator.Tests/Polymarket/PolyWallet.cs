using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ito.ExchangeSimulator.Auth;
using Nethereum.Signer;

namespace Ito.ExchangeSimulator.Tests.Polymarket;

/// <summary>A Polymarket client for tests: EOA key, L1 key creation, L2 HMAC headers, signed V2 orders.</summary>
public sealed class PolyWallet(EthECKey key)
{
    public const string Clob = "/polymarket/clob";
    public const string HardhatKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public const string HardhatAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private const string Zero32 = "0x0000000000000000000000000000000000000000000000000000000000000000";

    public string Address { get; } = key.GetPublicAddress();
    public string ApiKey { get; private set; } = "";
    public string Secret { get; private set; } = "";
    public string Passphrase { get; private set; } = "";

    public static PolyWallet Random() => new(EthECKey.GenerateKey());

    public static PolyWallet Hardhat() => new(new EthECKey(HardhatKey));

    public string Sign(byte[] digest)
    {
        var signature = key.SignAndCalculateV(digest);
        return "0x" + Convert.ToHexStringLower(Pad(signature.R)) + Convert.ToHexStringLower(Pad(signature.S)) + Convert.ToHexStringLower(signature.V);
    }

    /// <summary>Creates L2 credentials through <c>POST /auth/api-key</c> with a ClobAuth signature.</summary>
    public async Task<HttpResponseMessage> CreateApiKey(HttpClient client, string? signatureOverride = null, bool derive = false)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(derive ? HttpMethod.Get : HttpMethod.Post, Clob + (derive ? "/auth/derive-api-key" : "/auth/api-key"));
        request.Headers.Add("POLY_ADDRESS", Address);
        request.Headers.Add("POLY_SIGNATURE", signatureOverride ?? Sign(Eip712.ClobAuthDigest(Address, timestamp, 0)));
        request.Headers.Add("POLY_TIMESTAMP", timestamp);
        request.Headers.Add("POLY_NONCE", "0");
        var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            var creds = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            (ApiKey, Secret, Passphrase) = (creds.GetProperty("apiKey").GetString()!, creds.GetProperty("secret").GetString()!, creds.GetProperty("passphrase").GetString()!);
        }
        return response;
    }

    public async Task Register(HttpClient client) => (await CreateApiKey(client)).EnsureSuccessStatusCode();

    public HttpRequestMessage L2(HttpMethod method, string path, string? body = null, string? timestamp = null, Func<string, string>? tamper = null)
    {
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signedPath = path.Split('?')[0];
        var hmac = HMACSHA256.HashData(Base64Url.Decode(Secret), Encoding.UTF8.GetBytes(timestamp + method.Method + signedPath + (body ?? "")));
        var signature = Base64Url.Encode(hmac);
        var request = new HttpRequestMessage(method, Clob + path);
        request.Headers.Add("POLY_ADDRESS", Address);
        request.Headers.Add("POLY_SIGNATURE", tamper is null ? signature : tamper(signature));
        request.Headers.Add("POLY_TIMESTAMP", timestamp);
        request.Headers.Add("POLY_API_KEY", ApiKey);
        request.Headers.Add("POLY_PASSPHRASE", Passphrase);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>
    /// The SDK's wire JSON (<c>orderToJsonV2</c>) for a limit order at <paramref name="price"/> × <paramref name="size"/>;
    /// <paramref name="maker"/> (default: this wallet) is the funder for signature types 1 (proxy) and 2 (Safe).
    /// </summary>
    public string Order(string tokenId, string side, decimal price, decimal size, string orderType, bool negRisk = false, bool postOnly = false, long expiration = 0,
        string? maker = null, int signatureType = 0)
    {
        maker ??= Address;
        var shares = new BigInteger(Math.Round(size * 1_000_000m));
        var cash = new BigInteger(Math.Round(price * size * 1_000_000m));
        var (makerAmount, takerAmount) = side == "BUY" ? (cash, shares) : (shares, cash);
        var order = new SignedOrder(new BigInteger(System.Random.Shared.NextInt64(1, 1L << 40)), maker, Address, BigInteger.Parse(tokenId, CultureInfo.InvariantCulture),
            makerAmount, takerAmount, side == "BUY" ? 0 : 1, signatureType, new BigInteger(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()), Zero32, Zero32);
        var signature = Sign(Eip712.OrderDigest(order, negRisk ? Eip712.NegRiskCtfExchangeV2 : Eip712.CtfExchangeV2));
        return $$"""{"deferExec":false,"postOnly":{{(postOnly ? "true" : "false")}},"order":{"salt":{{order.Salt}},"maker":"{{maker}}","signer":"{{Address}}","tokenId":"{{tokenId}}","makerAmount":"{{makerAmount}}","takerAmount":"{{takerAmount}}","side":"{{side}}","signatureType":{{signatureType}},"timestamp":"{{order.Timestamp}}","expiration":"{{expiration}}","metadata":"{{Zero32}}","builder":"{{Zero32}}","signature":"{{signature}}"},"owner":"{{ApiKey}}","orderType":"{{orderType}}"}""";
    }

    /// <summary>Lists a fresh market (own token ids, untouched book) through the admin endpoint.</summary>
    public static async Task<(string Yes, string No, string ConditionId)> Fixture(HttpClient client, decimal tick = 0.01m, decimal price = 0.5m,
        string? yesTokenId = null, bool negRisk = false)
    {
        var response = await client.PostAsJsonAsync("/admin/polymarket/markets", new { yesTokenId, tickSize = tick, price, negRisk, question = "Fixture " + Guid.NewGuid() + "?" });
        response.EnsureSuccessStatusCode();
        var market = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (market.GetProperty("yesTokenId").GetString()!, market.GetProperty("noTokenId").GetString()!, market.GetProperty("conditionId").GetString()!);
    }

    private static byte[] Pad(byte[] value) => value.Length >= 32 ? value[^32..] : [.. new byte[32 - value.Length], .. value];
}
