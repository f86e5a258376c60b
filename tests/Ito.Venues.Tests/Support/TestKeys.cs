namespace Ito.Venues.Tests.Support;

/// <summary>Hardhat/Anvil account #0: public, holds nothing, used by every official Polymarket SDK test.</summary>
public static class TestKeys
{
    public const string PrivateKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public const string Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
}
