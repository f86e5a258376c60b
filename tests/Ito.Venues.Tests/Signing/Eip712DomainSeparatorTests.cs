using Ito.Venues.Signing;

namespace Ito.Venues.Tests.Signing;

public class Eip712DomainSeparatorTests
{
    [Theory] // VECTORS.md §3d, published go-order-utils separators (version "1", zero verifyingContract)
    [InlineData(80002, "0x029ca49b31e01a0230787b3673a6977ee0dbb02f78e68d2ee41d330893e17594")]
    [InlineData(137, "0x0ba60c2a4504ef46ef2d139f27cd131dbc8b9643d0565a54bb14de0e31cd5600")]
    public void With_zero_verifying_contract(long chainId, string expected)
    {
        var domain = new PolymarketExchangeDomain("1", chainId, "0x0000000000000000000000000000000000000000");

        Assert.Equal(expected, Eip712.Hex(PolymarketOrderSigner.DomainSeparator(domain)));
    }

    [Theory] // VECTORS.md §3d, "calculated in foundry": EIP712Domain(string name,string version,uint256 chainId)
    [InlineData(80002, "0xf231a704e0942ea4f4f4a68a19fa01e198ddae4595d821697230159c60e562b0")]
    [InlineData(137, "0xaee1d7dd93bb10f6c6a59417017905bc5dbec7ddbd71475cd19d8a95845e632d")]
    public void Without_verifying_contract(long chainId, string expected)
    {
        var typedData = new Nethereum.ABI.EIP712.TypedDataRaw
        {
            PrimaryType = "EIP712Domain",
            Types = new Dictionary<string, Nethereum.ABI.EIP712.MemberDescription[]> { ["EIP712Domain"] = Eip712.DomainWithoutContract },
            DomainRawValues = Eip712.DomainValues(PolymarketExchangeDomain.Name, "1", chainId, verifyingContract: null),
            Message = Eip712.DomainValues(PolymarketExchangeDomain.Name, "1", chainId, verifyingContract: null),
        };

        Assert.Equal(expected, Eip712.Hex(Eip712.Hash(typedData).DomainHash));
    }
}
