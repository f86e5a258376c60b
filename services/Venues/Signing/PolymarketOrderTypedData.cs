using System.Numerics;
using Nethereum.ABI.EIP712;

namespace Ito.Venues.Signing;

/// <summary>
/// The CLOB V2 Order as EIP-712 typed data: 11 fields in this exact order (typehash 0xbb86318a…). Unlike V1 there is
/// no taker, nonce, feeRateBps or expiration in the signed struct.
/// </summary>
public static class PolymarketOrderTypedData
{
    public const string OrderTypeString =
        "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)";

    public static readonly MemberDescription[] OrderMembers =
    [
        new() { Name = "salt", Type = "uint256" },
        new() { Name = "maker", Type = "address" },
        new() { Name = "signer", Type = "address" },
        new() { Name = "tokenId", Type = "uint256" },
        new() { Name = "makerAmount", Type = "uint256" },
        new() { Name = "takerAmount", Type = "uint256" },
        new() { Name = "side", Type = "uint8" },
        new() { Name = "signatureType", Type = "uint8" },
        new() { Name = "timestamp", Type = "uint256" },
        new() { Name = "metadata", Type = "bytes32" },
        new() { Name = "builder", Type = "bytes32" },
    ];

    public static MemberValue[] OrderValues(PolymarketOrder order) =>
    [
        new() { TypeName = "uint256", Value = new BigInteger(order.Salt) },
        new() { TypeName = "address", Value = order.Maker },
        new() { TypeName = "address", Value = order.Signer },
        new() { TypeName = "uint256", Value = order.TokenId },
        new() { TypeName = "uint256", Value = order.MakerAmount },
        new() { TypeName = "uint256", Value = order.TakerAmount },
        new() { TypeName = "uint8", Value = new BigInteger((int)order.Side) },
        new() { TypeName = "uint8", Value = new BigInteger((int)order.SignatureType) },
        new() { TypeName = "uint256", Value = new BigInteger(order.TimestampMs) },
        new() { TypeName = "bytes32", Value = Eip712.Bytes32(order.Metadata) },
        new() { TypeName = "bytes32", Value = Eip712.Bytes32(order.Builder) },
    ];

    public static TypedDataRaw Order(PolymarketOrder order, PolymarketExchangeDomain domain) => new()
    {
        PrimaryType = "Order",
        Types = new Dictionary<string, MemberDescription[]>
        {
            ["EIP712Domain"] = Eip712.DomainWithContract,
            ["Order"] = OrderMembers,
        },
        DomainRawValues = Eip712.DomainValues(PolymarketExchangeDomain.Name, domain.Version, domain.ChainId, domain.VerifyingContract),
        Message = OrderValues(order),
    };

    /// <summary>
    /// ERC-7739 nested typed data for POLY_1271 (deposit wallets): the wallet's own domain (name "DepositWallet",
    /// version "1", the wallet as verifyingContract, zero salt) is folded into a <c>TypedDataSign</c> message that is
    /// hashed under the EXCHANGE domain, so the signature cannot be replayed against another app or wallet.
    /// </summary>
    public static TypedDataRaw TypedDataSign(PolymarketOrder order, PolymarketExchangeDomain domain, string wallet) => new()
    {
        PrimaryType = "TypedDataSign",
        Types = new Dictionary<string, MemberDescription[]>
        {
            ["EIP712Domain"] = Eip712.DomainWithContract,
            ["TypedDataSign"] =
            [
                new() { Name = "contents", Type = "Order" },
                new() { Name = "name", Type = "string" },
                new() { Name = "version", Type = "string" },
                new() { Name = "chainId", Type = "uint256" },
                new() { Name = "verifyingContract", Type = "address" },
                new() { Name = "salt", Type = "bytes32" },
            ],
            ["Order"] = OrderMembers,
        },
        DomainRawValues = Eip712.DomainValues(PolymarketExchangeDomain.Name, domain.Version, domain.ChainId, domain.VerifyingContract),
        Message =
        [
            new() { TypeName = "Order", Value = OrderValues(order) },
            new() { TypeName = "string", Value = "DepositWallet" },
            new() { TypeName = "string", Value = "1" },
            new() { TypeName = "uint256", Value = new BigInteger(domain.ChainId) },
            new() { TypeName = "address", Value = wallet },
            new() { TypeName = "bytes32", Value = new byte[32] },
        ],
    };
}
