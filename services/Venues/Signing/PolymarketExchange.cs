namespace Ito.Venues.Signing;

/// <summary>The EIP-712 domain an order is signed for: which exchange contract, and which protocol version.</summary>
public sealed record PolymarketExchangeDomain(string Version, long ChainId, string VerifyingContract)
{
    public const string Name = "Polymarket CTF Exchange";
}

/// <summary>Polygon contract addresses for CLOB V2 (live since 2026-04-28; V1 orders are rejected).</summary>
public static class PolymarketExchange
{
    public const long PolygonChainId = 137;
    public const string CtfExchangeV2 = "0xE111180000d2663C0091e4f400237545B87B996B";
    public const string NegRiskCtfExchangeV2 = "0xe2222d279d744050d28e00520010520000310F59";

    /// <summary>The SDK's "version 3" path: same Order struct, domain version "3", the exchange proxy.</summary>
    public const string ExchangeV3 = "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";

    public const string Collateral = "0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB";

    /// <summary>Neg-risk (multi-outcome) markets settle on a different exchange contract, so the domain depends on the market.</summary>
    public static PolymarketExchangeDomain V2(bool negRisk, long chainId = PolygonChainId) =>
        new("2", chainId, negRisk ? NegRiskCtfExchangeV2 : CtfExchangeV2);

    public static PolymarketExchangeDomain V3(long chainId = PolygonChainId) => new("3", chainId, ExchangeV3);
}
