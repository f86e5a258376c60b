using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Ito.Venues.Signing;

namespace Ito.Venues.Tests.Signing;

/// <summary>Turns vectors.json order entries into our types.</summary>
internal static class OrderVectors
{
    public static PolymarketOrder Order(JsonElement order) => new(
        Salt: long.Parse(order.GetProperty("salt").GetString()!, CultureInfo.InvariantCulture),
        Maker: order.GetProperty("maker").GetString()!,
        Signer: order.GetProperty("signer").GetString()!,
        TokenId: BigInteger.Parse(order.GetProperty("tokenId").GetString()!, CultureInfo.InvariantCulture),
        MakerAmount: BigInteger.Parse(order.GetProperty("makerAmount").GetString()!, CultureInfo.InvariantCulture),
        TakerAmount: BigInteger.Parse(order.GetProperty("takerAmount").GetString()!, CultureInfo.InvariantCulture),
        Side: order.GetProperty("side").GetString() == "BUY" ? PolymarketOrderSide.Buy : PolymarketOrderSide.Sell,
        SignatureType: (PolymarketSignatureType)order.GetProperty("signatureType").GetInt32(),
        TimestampMs: long.Parse(order.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
        Metadata: order.GetProperty("metadata").GetString()!,
        Builder: order.GetProperty("builder").GetString()!,
        Expiration: long.Parse(order.GetProperty("expiration").GetString()!, CultureInfo.InvariantCulture));

    public static PolymarketExchangeDomain Domain(JsonElement input)
    {
        var negRisk = input.GetProperty("negRisk").GetBoolean();
        return input.GetProperty("version").GetInt32() == 3 ? PolymarketExchange.V3() : PolymarketExchange.V2(negRisk);
    }

    public static decimal Dec(JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string Compact(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
