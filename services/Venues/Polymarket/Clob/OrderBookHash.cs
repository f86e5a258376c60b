using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ito.Venues.Polymarket.Clob;

/// <summary>
/// The CLOB's book hash: SHA-1 (hex) of the compact JSON of the book in this key order
/// (<c>market, asset_id, timestamp, hash, bids, asks, min_order_size, tick_size, neg_risk, last_trade_price</c>)
/// with <c>hash</c> set to "". Lets a consumer check a book (or a simulator produce one) like the official SDKs.
/// </summary>
public static class OrderBookHash
{
    public static string Compute(ClobOrderBook book) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(CanonicalJson(book))));

    public static bool IsValid(ClobOrderBook book) => string.Equals(Compute(book), book.Hash, StringComparison.OrdinalIgnoreCase);

    public static string CanonicalJson(ClobOrderBook book)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("market", book.Market);
            writer.WriteString("asset_id", book.AssetId);
            writer.WriteString("timestamp", book.Timestamp);
            writer.WriteString("hash", "");
            WriteLevels(writer, "bids", book.Bids);
            WriteLevels(writer, "asks", book.Asks);
            writer.WriteString("min_order_size", Text(book.MinOrderSize));
            writer.WriteString("tick_size", Text(book.TickSize));
            writer.WriteBoolean("neg_risk", book.NegRisk);
            writer.WriteString("last_trade_price", Text(book.LastTradePrice));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLevels(Utf8JsonWriter writer, string name, IReadOnlyList<PriceLevel> levels)
    {
        writer.WriteStartArray(name);
        foreach (var level in levels)
        {
            writer.WriteStartObject();
            writer.WriteString("price", Text(level.Price));
            writer.WriteString("size", Text(level.Size));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    // decimal keeps the scale it was parsed with ("0.0100" stays "0.0100"), so the served strings round-trip.
    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
