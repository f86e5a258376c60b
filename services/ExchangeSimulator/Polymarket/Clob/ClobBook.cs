using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>A CLOB <c>/book</c> summary. Levels are in the served order: bids ascending, asks descending, best last.</summary>
internal sealed record BookSummary(
    string Market, string AssetId, string Timestamp, IReadOnlyList<(string Price, string Size)> Bids,
    IReadOnlyList<(string Price, string Size)> Asks, string MinOrderSize, string TickSize, bool NegRisk, string LastTradePrice)
{
    /// <summary>
    /// SHA-1 of the compact JSON with keys in the venue's order and <c>hash</c> empty
    /// (py-clob-client-v2 <c>generate_orderbook_summary_hash</c>).
    /// </summary>
    public string Hash() => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(Canonical(""))));

    public string Json() => Canonical(Hash());

    private string Canonical(string hash)
    {
        var b = new StringBuilder(256 + 48 * (Bids.Count + Asks.Count));
        b.Append("{\"market\":").Append(Quote(Market))
            .Append(",\"asset_id\":").Append(Quote(AssetId))
            .Append(",\"timestamp\":").Append(Quote(Timestamp))
            .Append(",\"hash\":").Append(Quote(hash))
            .Append(",\"bids\":");
        AppendLevels(b, Bids);
        b.Append(",\"asks\":");
        AppendLevels(b, Asks);
        b.Append(",\"min_order_size\":").Append(Quote(MinOrderSize))
            .Append(",\"tick_size\":").Append(Quote(TickSize))
            .Append(",\"neg_risk\":").Append(NegRisk ? "true" : "false")
            .Append(",\"last_trade_price\":").Append(Quote(LastTradePrice))
            .Append('}');
        return b.ToString();
    }

    private static void AppendLevels(StringBuilder b, IReadOnlyList<(string Price, string Size)> levels)
    {
        b.Append('[');
        for (var i = 0; i < levels.Count; i++)
        {
            if (i > 0) b.Append(',');
            b.Append("{\"price\":").Append(Quote(levels[i].Price)).Append(",\"size\":").Append(Quote(levels[i].Size)).Append('}');
        }
        b.Append(']');
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value);

    /// <summary>Rebuilds a summary from a served <c>/book</c> body (used to check hashes).</summary>
    public static BookSummary FromJson(JsonElement e)
    {
        static List<(string, string)> Levels(JsonElement a) =>
            a.EnumerateArray().Select(l => (l.GetProperty("price").GetString()!, l.GetProperty("size").GetString()!)).ToList();
        return new BookSummary(e.GetProperty("market").GetString()!, e.GetProperty("asset_id").GetString()!,
            e.GetProperty("timestamp").GetString()!, Levels(e.GetProperty("bids")), Levels(e.GetProperty("asks")),
            e.GetProperty("min_order_size").GetString()!, e.GetProperty("tick_size").GetString()!,
            e.GetProperty("neg_risk").GetBoolean(), e.GetProperty("last_trade_price").GetString()!);
    }
}

/// <summary>Builds books per token: the NO token's book mirrors the YES book (a YES ask at p is a NO bid at 1 − p).</summary>
internal sealed class ClobBooks(OrderBooks books, TimeProvider time)
{
    public BookSummary Summary(SimMarket market, bool yesToken)
    {
        var (bids, asks) = books.Snapshot(market);
        decimal last;
        lock (market.State.Gate) last = market.State.LastPrice;
        List<Level> tokenBids, tokenAsks;
        if (yesToken)
        {
            (tokenBids, tokenAsks) = (bids, asks);
        }
        else
        {
            tokenBids = asks.Select(a => new Level(1 - a.Price, a.Size)).ToList();
            tokenAsks = bids.Select(b => new Level(1 - b.Price, b.Size)).ToList();
            last = 1 - last;
        }
        // Internal lists are best first; the venue serves best last.
        return new BookSummary(
            market.ConditionId, yesToken ? market.YesTokenId : market.NoTokenId,
            Inv(time.GetUtcNow().ToUnixTimeMilliseconds()),
            tokenBids.AsEnumerable().Reverse().Select(l => (Trim(l.Price), Trim(l.Size))).ToList(),
            tokenAsks.AsEnumerable().Reverse().Select(l => (Trim(l.Price), Trim(l.Size))).ToList(),
            Trim(market.MinOrderSize), Trim(market.TickSize), market.Event.NegRisk, Trim(last));
    }
}
