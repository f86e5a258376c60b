using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Ito.Venues.Signing;

namespace Ito.Trading.Execution;

/// <summary>
/// A signed CLOB order as stored on its leg (<see cref="Orders.LegOrder.SignedOrder"/>): every signed field, the
/// unsigned expiration, the signature and the hash, so a re-send posts the very same order. Amounts and the token id
/// are uint256 and kept as decimal strings.
/// </summary>
public sealed record StoredClobOrder(
    long Salt,
    string Maker,
    string Signer,
    string TokenId,
    string MakerAmount,
    string TakerAmount,
    PolymarketOrderSide Side,
    PolymarketSignatureType SignatureType,
    long TimestampMs,
    string Metadata,
    string Builder,
    long Expiration,
    string Signature,
    string Digest)
{
    public static string Write(PolymarketSignedOrder signed)
    {
        var o = signed.Order;
        return JsonSerializer.Serialize(new StoredClobOrder(o.Salt, o.Maker, o.Signer, Text(o.TokenId), Text(o.MakerAmount), Text(o.TakerAmount),
            o.Side, o.SignatureType, o.TimestampMs, o.Metadata, o.Builder, o.Expiration, signed.Signature, signed.Digest));
    }

    public static PolymarketSignedOrder Read(string json)
    {
        var s = JsonSerializer.Deserialize<StoredClobOrder>(json) ?? throw new JsonException("A stored CLOB order is empty.");
        var order = new PolymarketOrder(s.Salt, s.Maker, s.Signer, Number(s.TokenId), Number(s.MakerAmount), Number(s.TakerAmount),
            s.Side, s.SignatureType, s.TimestampMs, s.Metadata, s.Builder, s.Expiration);
        return new PolymarketSignedOrder(order, s.Signature, s.Digest);
    }

    private static string Text(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    private static BigInteger Number(string text) => BigInteger.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
