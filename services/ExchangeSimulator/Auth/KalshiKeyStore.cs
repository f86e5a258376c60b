using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Ito.ExchangeSimulator.Auth;

/// <summary>Kalshi API key id → RSA public key, from <c>Simulator:Kalshi:ApiKeys</c> or <c>POST /admin/kalshi/api-keys</c>.</summary>
internal sealed class KalshiKeyStore
{
    private readonly ConcurrentDictionary<string, RSA> _keys = new(StringComparer.Ordinal);

    public KalshiKeyStore(IOptions<SimulatorOptions> options)
    {
        foreach (var (keyId, pem) in options.Value.Kalshi.ApiKeys) Register(keyId, pem);
    }

    /// <summary>Accepts a public key (SPKI or PKCS#1) or, for convenience, a private key PEM (its public half is used).</summary>
    public void Register(string keyId, string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var publicOnly = RSA.Create();
        publicOnly.ImportParameters(rsa.ExportParameters(includePrivateParameters: false));
        rsa.Dispose();
        _keys[keyId] = publicOnly;
    }

    public RSA? Find(string keyId) => _keys.GetValueOrDefault(keyId);

    public IReadOnlyCollection<string> KeyIds => _keys.Keys.ToList();
}
