using Ito.Venues.Signing;

namespace Ito.Venues.Kalshi;

/// <summary>
/// Adds the KALSHI-ACCESS-* headers to requests marked as authenticated. It sits INSIDE the resilience pipeline,
/// so every retry is signed afresh with a new timestamp.
/// </summary>
public sealed class KalshiAuthHandler(KalshiRequestSigner? signer, TimeProvider timeProvider) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var auth = VenueRequestOptions.AuthOf(request);
        if (auth == VenueAuth.Required && signer is null)
        {
            throw new InvalidOperationException($"Kalshi credentials are not configured ({KalshiOptions.SectionName}:KeyId and PrivateKeyPem or PrivateKeyPath).");
        }

        if (auth != VenueAuth.None && signer is not null && request.RequestUri is { } uri)
        {
            var headers = signer.CreateHeaders(timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), request.Method, uri);
            request.Headers.Remove(KalshiAuthHeaders.AccessKeyHeader);
            request.Headers.Remove(KalshiAuthHeaders.TimestampHeader);
            request.Headers.Remove(KalshiAuthHeaders.SignatureHeader);
            request.Headers.TryAddWithoutValidation(KalshiAuthHeaders.AccessKeyHeader, headers.AccessKey);
            request.Headers.TryAddWithoutValidation(KalshiAuthHeaders.TimestampHeader, headers.Timestamp);
            request.Headers.TryAddWithoutValidation(KalshiAuthHeaders.SignatureHeader, headers.Signature);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
