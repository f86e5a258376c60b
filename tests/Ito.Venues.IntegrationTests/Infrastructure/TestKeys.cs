using System.Security.Cryptography;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>Throw-away credentials: a fresh RSA key per Kalshi "API key", and Hardhat's well-known account #0 for Polymarket.</summary>
public static class TestKeys
{
    /// <summary>Hardhat / Anvil account #0: public knowledge, never holds anything.</summary>
    public const string PolymarketPrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public const string PolymarketAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    public static (string PrivatePem, string PublicPem) NewRsaKey()
    {
        using var rsa = RSA.Create(2048);
        return (rsa.ExportPkcs8PrivateKeyPem(), rsa.ExportSubjectPublicKeyInfoPem());
    }
}
