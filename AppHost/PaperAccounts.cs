using System.Security.Cryptography;

namespace Ito.AppHost;

/// <summary>
/// The platform's own accounts at the exchange simulator, through which paper orders travel the same signed code
/// path as real ones. Generated afresh on every run: the simulator is told the public halves, trading the private.
/// </summary>
internal sealed record PaperAccounts(
    string KalshiKeyId,
    string KalshiPrivateKeyPem,
    string KalshiPublicKeyPem,
    string PolymarketPrivateKey,
    string PolymarketAddress,
    string PolymarketApiKey,
    string PolymarketApiSecret,
    string PolymarketApiPassphrase)
{
    // The well-known Hardhat/Anvil account #0: a public test wallet that holds nothing, used only at the simulator.
    private const string TestWalletKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string TestWalletAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    public static PaperAccounts Generate()
    {
        using var rsa = RSA.Create(2048);
        return new PaperAccounts(
            KalshiKeyId: Guid.NewGuid().ToString(),
            KalshiPrivateKeyPem: rsa.ExportPkcs8PrivateKeyPem(),
            KalshiPublicKeyPem: rsa.ExportSubjectPublicKeyInfoPem(),
            PolymarketPrivateKey: TestWalletKey,
            PolymarketAddress: TestWalletAddress,
            PolymarketApiKey: Guid.NewGuid().ToString(),
            PolymarketApiSecret: Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_'),
            PolymarketApiPassphrase: Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
    }
}
