using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ito.ExchangeSimulator.Kalshi;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Auth;

/// <summary>
/// Kalshi RSA-PSS request signing: signature over <c>timestamp + METHOD + path</c> (no query). The simulator
/// serves Kalshi under <c>/kalshi</c>, so a client whose base URL is <c>http://host/kalshi/trade-api/v2</c> may sign
/// either the venue path <c>/trade-api/v2/...</c> (what Kalshi SDKs hard-code) or the path it requested
/// (<c>/kalshi/trade-api/v2/...</c>); both are accepted.
/// </summary>
internal sealed class KalshiAuthFilter(KalshiKeyStore keys, IOptions<SimulatorOptions> options, TimeProvider time) : IEndpointFilter
{
    public const string KeyItem = "kalshi.api-key";
    private const string MountPrefix = "/kalshi";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var keyId = request.Headers["KALSHI-ACCESS-KEY"].ToString();
        var timestamp = request.Headers["KALSHI-ACCESS-TIMESTAMP"].ToString();
        var signature = request.Headers["KALSHI-ACCESS-SIGNATURE"].ToString();
        if (keyId.Length == 0 || timestamp.Length == 0 || signature.Length == 0)
        {
            return KalshiResults.Unauthorized("missing KALSHI-ACCESS-KEY, KALSHI-ACCESS-TIMESTAMP or KALSHI-ACCESS-SIGNATURE header");
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
        {
            return KalshiResults.Unauthorized("KALSHI-ACCESS-TIMESTAMP must be Unix time in milliseconds");
        }
        var tolerance = options.Value.TimestampToleranceSeconds;
        if (tolerance > 0 && Math.Abs(time.GetUtcNow().ToUnixTimeMilliseconds() - millis) > tolerance * 1000L)
        {
            return KalshiResults.Unauthorized("request timestamp is outside the allowed window");
        }
        var rsa = keys.Find(keyId);
        if (rsa is null) return KalshiResults.Unauthorized("unknown API key");

        byte[] signatureBytes;
        try
        {
            signatureBytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return KalshiResults.Unauthorized("KALSHI-ACCESS-SIGNATURE is not base64");
        }

        var requested = request.PathBase.Add(request.Path).Value ?? "";
        var venuePath = requested.StartsWith(MountPrefix + "/", StringComparison.Ordinal) ? requested[MountPrefix.Length..] : requested;
        var valid = new[] { venuePath, requested }.Distinct().Any(path =>
            rsa.VerifyData(Encoding.UTF8.GetBytes(timestamp + request.Method.ToUpperInvariant() + path), signatureBytes,
                HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
        if (!valid) return KalshiResults.Unauthorized("invalid signature");

        context.HttpContext.Items[KeyItem] = keyId;
        return await next(context);
    }
}
