using System.Globalization;
using System.Text.Json;

namespace Ito.ExchangeSimulator.Kalshi;

/// <summary>Body of <c>POST /portfolio/events/orders</c> (Create Order V2): everything quoted from the YES side.</summary>
internal sealed record KalshiOrderRequest(
    string Ticker, string? ClientOrderId, string Side, decimal Count, decimal Price, string TimeInForce,
    string SelfTradePrevention, bool PostOnly)
{
    public static KalshiOrderRequest? Parse(JsonElement body, out string error)
    {
        error = "";
        if (body.ValueKind != JsonValueKind.Object) return Fail("request body must be a JSON object", out error);
        var ticker = Text(body, "ticker");
        var side = Text(body, "side");
        var tif = Text(body, "time_in_force");
        var stp = Text(body, "self_trade_prevention_type");
        if (string.IsNullOrEmpty(ticker)) return Fail("ticker is required", out error);
        if (side is not ("bid" or "ask")) return Fail("side must be bid or ask", out error);
        if (tif is not ("fill_or_kill" or "good_till_canceled" or "immediate_or_cancel"))
            return Fail("time_in_force must be fill_or_kill, good_till_canceled or immediate_or_cancel", out error);
        if (stp is not ("taker_at_cross" or "maker")) return Fail("self_trade_prevention_type must be taker_at_cross or maker", out error);
        if (Number(body, "count") is not { } count || count <= 0) return Fail("count must be a positive fixed-point count string", out error);
        if (Number(body, "price") is not { } price) return Fail("price must be a fixed-point dollar string", out error);
        var postOnly = body.TryGetProperty("post_only", out var p) && p.ValueKind == JsonValueKind.True;
        return new KalshiOrderRequest(ticker, NullIfEmpty(Text(body, "client_order_id")), side, count, price, tif, stp, postOnly);
    }

    private static KalshiOrderRequest? Fail(string message, out string error)
    {
        error = message;
        return null;
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Fixed-point fields are strings on the wire; numbers are tolerated.</summary>
    private static decimal? Number(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n)) return n;
        return v.ValueKind == JsonValueKind.String
            && decimal.TryParse(v.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}
