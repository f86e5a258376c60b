using System.Numerics;
using System.Text.Json;
using Ito.ExchangeSimulator.Auth;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>The V2 wire body of <c>POST /order</c> (<c>orderToJsonV2</c>): signed order plus owner and order type.</summary>
internal sealed record ClobOrderSubmission(
    SignedOrder Order, string Signature, string Expiration, string Owner, string OrderType, bool PostOnly, bool DeferExec)
{
    public static ClobOrderSubmission? Parse(string body, out string error)
    {
        error = "Invalid order payload";
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("order", out var o) || o.ValueKind != JsonValueKind.Object) return null;
            var side = Text(o, "side");
            if (side is not ("BUY" or "SELL")) return null;
            if (!o.TryGetProperty("signatureType", out var st) || !st.TryGetInt32(out var signatureType)) return null;
            var signed = new SignedOrder(
                Uint(o, "salt"), Text(o, "maker") ?? "", Text(o, "signer") ?? "", Uint(o, "tokenId"), Uint(o, "makerAmount"),
                Uint(o, "takerAmount"), side == "BUY" ? 0 : 1, signatureType, Uint(o, "timestamp"),
                Text(o, "metadata") ?? "", Text(o, "builder") ?? "");
            if (!Eip712.IsAddress(signed.Maker) || !Eip712.IsAddress(signed.Signer)) return null;
            return new ClobOrderSubmission(signed, Text(o, "signature") ?? "", Text(o, "expiration") ?? "0",
                Text(root, "owner") ?? "", Text(root, "orderType") ?? "GTC",
                root.TryGetProperty("postOnly", out var p) && p.ValueKind == JsonValueKind.True,
                root.TryGetProperty("deferExec", out var d) && d.ValueKind == JsonValueKind.True);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    public string SideText => Order.Side == 0 ? "BUY" : "SELL";

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>uint256 fields arrive as decimal strings, except <c>salt</c> which the SDK sends as a JSON number.</summary>
    private static BigInteger Uint(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) throw new FormatException($"{name} missing");
        return v.ValueKind switch
        {
            JsonValueKind.Number => Eip712.ParseUint(v.GetRawText()),
            JsonValueKind.String => Eip712.ParseUint(v.GetString()!),
            _ => throw new FormatException($"{name} must be an unsigned integer"),
        };
    }
}
