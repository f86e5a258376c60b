using Ito.Venues.Signing;
using Microsoft.Extensions.Options;

namespace Ito.Venues.Kalshi;

/// <summary>Holds the one RSA signer built from configuration (importing the PEM once), or null when no key is configured.</summary>
public sealed class KalshiSignerProvider(IOptions<KalshiOptions> options) : IDisposable
{
    private readonly Lazy<KalshiRequestSigner?> _signer = new(() =>
    {
        var o = options.Value;
        return o.HasCredentials && o.LoadPrivateKeyPem() is { } pem ? new KalshiRequestSigner(o.KeyId!, pem) : null;
    });

    public KalshiRequestSigner? Signer => _signer.Value;

    public void Dispose()
    {
        if (_signer.IsValueCreated)
        {
            _signer.Value?.Dispose();
        }
    }
}
