using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ito.ExchangeSimulator.Polymarket;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Auth;

/// <summary>
/// Polymarket L2: <c>POLY_SIGNATURE</c> = base64url(HMAC-SHA256(base64url-decode(secret), timestamp + METHOD +
/// requestPath + body)). SDKs sign the CLOB path (<c>/order</c>); the simulator mounts the CLOB at
/// <c>/polymarket/clob</c>, so both <c>/order</c> and <c>/polymarket/clob/order</c> are accepted.
/// </summary>
internal sealed class PolymarketL2Filter(PolymarketCredentials credentials, IOptions<SimulatorOptions> options, TimeProvider time) : IEndpointFilter
{
    public const string KeyItem = "poly.api-key";
    public const string BodyItem = "poly.body";
    private const string MountPrefix = "/polymarket/clob";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var headers = http.Request.Headers;
        var address = headers["POLY_ADDRESS"].ToString();
        var signature = headers["POLY_SIGNATURE"].ToString();
        var timestamp = headers["POLY_TIMESTAMP"].ToString();
        var apiKey = headers["POLY_API_KEY"].ToString();
        var passphrase = headers["POLY_PASSPHRASE"].ToString();
        if (new[] { address, signature, timestamp, apiKey, passphrase }.Any(string.IsNullOrEmpty)) return PolyResults.Unauthorized();

        var key = credentials.Find(apiKey);
        if (key is null || key.Passphrase != passphrase || !Eip712.SameAddress(key.Address, address)) return PolyResults.Unauthorized();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return PolyResults.Unauthorized();
        var tolerance = options.Value.TimestampToleranceSeconds;
        if (tolerance > 0 && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > tolerance) return PolyResults.Unauthorized();

        http.Request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }
        http.Request.Body.Position = 0;

        byte[] presented;
        try
        {
            presented = Base64Url.Decode(signature);
        }
        catch (FormatException)
        {
            return PolyResults.Unauthorized();
        }
        var secret = Base64Url.Decode(key.Secret);
        var requested = http.Request.PathBase.Add(http.Request.Path).Value ?? "";
        var clobPath = requested.StartsWith(MountPrefix + "/", StringComparison.Ordinal) ? requested[MountPrefix.Length..] : requested;
        var valid = new[] { clobPath, requested }.Distinct().Any(path =>
            CryptographicOperations.FixedTimeEquals(presented,
                HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(timestamp + http.Request.Method.ToUpperInvariant() + path + body))));
        if (!valid) return PolyResults.Unauthorized();

        http.Items[KeyItem] = key;
        http.Items[BodyItem] = body;
        return await next(context);
    }
}
