using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ito.Venues.Signing;

public enum PolymarketOrderType
{
    Gtc,
    Gtd,
    Fok,
    Fak,
}

/// <summary>
/// The <c>POST /order</c> body exactly as the V2 SDK's <c>orderToJsonV2</c> writes it: this key order, <c>salt</c> as a
/// JSON number, amounts/tokenId/timestamp/expiration as strings, side as "BUY"/"SELL", no <c>taker</c>.
/// Written by hand because the HMAC covers the exact bytes sent.
/// </summary>
public static class PolymarketOrderWire
{
    public static string ToJson(PolymarketSignedOrder signed, string owner, PolymarketOrderType orderType, bool postOnly = false, bool deferExec = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("deferExec", deferExec);
            writer.WriteBoolean("postOnly", postOnly);
            writer.WritePropertyName("order");
            WriteOrder(writer, signed);
            writer.WriteString("owner", owner);
            writer.WriteString("orderType", OrderTypeText(orderType));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string OrderTypeText(PolymarketOrderType orderType) => orderType switch
    {
        PolymarketOrderType.Gtc => "GTC",
        PolymarketOrderType.Gtd => "GTD",
        PolymarketOrderType.Fok => "FOK",
        PolymarketOrderType.Fak => "FAK",
        _ => throw new ArgumentOutOfRangeException(nameof(orderType)),
    };

    public static string SideText(PolymarketOrderSide side) => side == PolymarketOrderSide.Buy ? "BUY" : "SELL";

    private static void WriteOrder(Utf8JsonWriter writer, PolymarketSignedOrder signed)
    {
        var order = signed.Order;
        writer.WriteStartObject();
        writer.WriteNumber("salt", order.Salt);
        writer.WriteString("maker", order.Maker);
        writer.WriteString("signer", order.Signer);
        writer.WriteString("tokenId", order.TokenId.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("makerAmount", order.MakerAmount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("takerAmount", order.TakerAmount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("side", SideText(order.Side));
        writer.WriteNumber("signatureType", (int)order.SignatureType);
        writer.WriteString("timestamp", order.TimestampMs.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("expiration", order.Expiration.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("metadata", order.Metadata);
        writer.WriteString("builder", order.Builder);
        writer.WriteString("signature", signed.Signature);
        writer.WriteEndObject();
    }
}
