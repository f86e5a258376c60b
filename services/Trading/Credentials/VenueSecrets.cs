using Ito.Venues.Signing;

namespace Ito.Trading.Credentials;

/// <summary>Kalshi API key: the key id and its RSA private key (PEM). ToString never shows the key.</summary>
public sealed record KalshiSecrets(string KeyId, string PrivateKeyPem)
{
    public override string ToString() => $"KalshiSecrets(KeyId=…{Last4(KeyId)})";

    internal static string Last4(string value) => value.Length <= 4 ? value : value[^4..];
}

/// <summary>Polymarket wallet key and L2 API credentials. ToString never shows a secret.</summary>
public sealed record PolymarketSecrets(
    string PrivateKey,
    string? FunderAddress,
    PolymarketSignatureType SignatureType,
    string ApiKey,
    string ApiSecret,
    string ApiPassphrase)
{
    public override string ToString() => $"PolymarketSecrets(ApiKey=…{KalshiSecrets.Last4(ApiKey)})";
}
