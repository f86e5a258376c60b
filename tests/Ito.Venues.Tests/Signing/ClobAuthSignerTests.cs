using System.Numerics;
using Ito.Venues.Signing;
using Ito.Venues.Tests.Support;

namespace Ito.Venues.Tests.Signing;

public class ClobAuthSignerTests
{
    private readonly ClobAuthSigner _signer = new(TestKeys.PrivateKey);

    [Theory] // VECTORS.md §1: official SDK tests (no digest given)
    [InlineData(80002, "10000000", 23, "0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b")]
    [InlineData(137, "100000", 0, "0xfdfb5abf512e439ea61c8595c18e527e718bf16010acf57cef51d09e15893098275d3c6f73038f36ec0cd0ce55436fca14dc64b11611f4dce896e354207508cc1b")]
    public void Signs_like_the_official_sdks(long chainId, string timestamp, int nonce, string expected)
    {
        Assert.Equal(expected, _signer.Sign(chainId, timestamp, nonce));
    }

    [Fact] // VECTORS.md §1 rows 3-5 (vectors.json clobAuth[]): digest and signature
    public void Matches_every_clobAuth_vector()
    {
        var cases = SharedFiles.Vectors.GetProperty("clobAuth").EnumerateArray().ToList();
        Assert.Equal(3, cases.Count);
        foreach (var c in cases)
        {
            var chainId = c.GetProperty("chainId").GetInt64();
            var timestamp = c.GetProperty("timestamp").GetString()!;
            var nonce = new BigInteger(c.GetProperty("nonce").GetInt64());
            Assert.Equal(TestKeys.Address, c.GetProperty("address").GetString());
            Assert.Equal(ClobAuthSigner.AttestationMessage, c.GetProperty("message").GetString());
            Assert.Equal(c.GetProperty("digest").GetString(), Eip712.Hex(ClobAuthSigner.Digest(TestKeys.Address, chainId, timestamp, nonce)));
            Assert.Equal(c.GetProperty("signature").GetString(), _signer.Sign(chainId, timestamp, nonce));
        }
    }

    [Fact] // VECTORS.md §1: rs-clob-client l1_headers_should_succeed pins POLY_ADDRESS in lower case
    public void Builds_the_four_L1_headers()
    {
        var headers = _signer.CreateHeaders(80002, 10000000, 23);

        Assert.Equal("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", headers.Address);
        Assert.Equal(TestKeys.Address, _signer.Address); // the signer itself keeps the EIP-55 form
        Assert.Equal("10000000", headers.Timestamp);
        Assert.Equal("23", headers.Nonce);
        Assert.Equal("0xf62319a987514da40e57e2f4d7529f7bac38f0355bd88bb5adbb3768d80de6c1682518e0af677d5260366425f4361e7b70c25ae232aff0ab2331e2b164a1aedc1b", headers.Signature);
    }

    [Fact] // VECTORS.md §3d
    public void Domain_separator_has_no_verifying_contract()
    {
        Assert.Equal("0xcfc66be2a3b30464cb3b588324101f660c9a205fa76e8e5f83ee16a528e1c4cb", Eip712.Hex(ClobAuthSigner.DomainSeparator(137)));
    }
}
