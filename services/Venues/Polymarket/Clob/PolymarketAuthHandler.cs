using Ito.Venues.Signing;

namespace Ito.Venues.Polymarket.Clob;

public enum ClobAuthLevel
{
    /// <summary>HMAC with the API key (trading and account endpoints).</summary>
    L2,
    /// <summary>EIP-712 ClobAuth with the wallet key (creating or deriving API keys).</summary>
    L1,
}

/// <summary>
/// Adds the POLY_* headers to CLOB requests marked as authenticated. It sits INSIDE the resilience pipeline so each
/// attempt is signed with a fresh timestamp; the HMAC covers the exact body bytes and the endpoint path without query.
/// </summary>
public sealed class PolymarketAuthHandler(PolymarketHmacSigner? l2, ClobAuthSigner? l1, long chainId, TimeProvider timeProvider) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<ClobAuthLevel> Level = new("Ito.Venues.Polymarket.AuthLevel");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (VenueRequestOptions.AuthOf(request) != VenueAuth.None)
        {
            var seconds = timeProvider.GetUtcNow().ToUnixTimeSeconds();
            if (request.Options.TryGetValue(Level, out var level) && level == ClobAuthLevel.L1)
            {
                AddL1(request, seconds);
            }
            else
            {
                await AddL2Async(request, seconds, cancellationToken).ConfigureAwait(false);
            }
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void AddL1(HttpRequestMessage request, long seconds)
    {
        if (l1 is null)
        {
            throw new InvalidOperationException("Polymarket wallet key is not configured (Venues:Polymarket:PrivateKey).");
        }

        var nonce = request.Headers.TryGetValues(PolymarketL1Headers.NonceHeader, out var values) ? System.Numerics.BigInteger.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        var headers = l1.CreateHeaders(chainId, seconds, nonce);
        Set(request, PolymarketL1Headers.AddressHeader, headers.Address);
        Set(request, PolymarketL1Headers.SignatureHeader, headers.Signature);
        Set(request, PolymarketL1Headers.TimestampHeader, headers.Timestamp);
        Set(request, PolymarketL1Headers.NonceHeader, headers.Nonce);
    }

    private async Task AddL2Async(HttpRequestMessage request, long seconds, CancellationToken cancellationToken)
    {
        if (l2 is null)
        {
            throw new InvalidOperationException("Polymarket API credentials are not configured (Venues:Polymarket:ApiKey, ApiSecret, ApiPassphrase).");
        }

        var path = request.Options.TryGetValue(VenueRequestOptions.SignedPath, out var signedPath) ? signedPath : request.RequestUri!.AbsolutePath;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = l2.CreateHeaders(seconds, request.Method.Method, path, body);
        Set(request, PolymarketL2Headers.AddressHeader, headers.Address);
        Set(request, PolymarketL2Headers.SignatureHeader, headers.Signature);
        Set(request, PolymarketL2Headers.TimestampHeader, headers.Timestamp);
        Set(request, PolymarketL2Headers.ApiKeyHeader, headers.ApiKey);
        Set(request, PolymarketL2Headers.PassphraseHeader, headers.Passphrase);
    }

    private static void Set(HttpRequestMessage request, string name, string value)
    {
        request.Headers.Remove(name);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
