using System.Globalization;
using System.Numerics;
using Ito.ExchangeSimulator.Auth;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>
/// L1 endpoints: the wallet proves control with a ClobAuth EIP-712 signature (<c>POLY_ADDRESS</c>,
/// <c>POLY_SIGNATURE</c>, <c>POLY_TIMESTAMP</c>, <c>POLY_NONCE</c>) and receives its L2 credentials.
/// </summary>
internal static class ClobAuthEndpoints
{
    public static IResult CreateApiKey(HttpRequest request, PolymarketCredentials credentials, IOptions<SimulatorOptions> options, TimeProvider time) =>
        Issue(request, credentials, options, time);

    public static IResult DeriveApiKey(HttpRequest request, PolymarketCredentials credentials, IOptions<SimulatorOptions> options, TimeProvider time) =>
        Issue(request, credentials, options, time);

    private static IResult Issue(HttpRequest request, PolymarketCredentials credentials, IOptions<SimulatorOptions> options, TimeProvider time)
    {
        var headers = request.Headers;
        var address = headers["POLY_ADDRESS"].ToString();
        var signature = headers["POLY_SIGNATURE"].ToString();
        var timestamp = headers["POLY_TIMESTAMP"].ToString();
        var nonceText = headers["POLY_NONCE"].ToString() is { Length: > 0 } n ? n : "0";
        if (!Eip712.IsAddress(address) || signature.Length == 0 || timestamp.Length == 0) return PolyResults.Unauthorized();
        if (!BigInteger.TryParse(nonceText, NumberStyles.None, CultureInfo.InvariantCulture, out var nonce)) return PolyResults.Unauthorized();
        var tolerance = options.Value.TimestampToleranceSeconds;
        if (tolerance > 0 && (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > tolerance))
        {
            return PolyResults.Unauthorized();
        }
        var recovered = Eip712.Recover(Eip712.ClobAuthDigest(address, timestamp, nonce), signature);
        if (!Eip712.SameAddress(recovered, address)) return PolyResults.Error(StatusCodes.Status401Unauthorized, "Invalid L1 Request headers");

        var key = credentials.Derive(address, nonce.ToString(CultureInfo.InvariantCulture));
        return Results.Json(new Dictionary<string, object?> { ["apiKey"] = key.ApiKey, ["secret"] = key.Secret, ["passphrase"] = key.Passphrase });
    }
}
