using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ito.ExchangeSimulator.Auth;
using Ito.ExchangeSimulator.Matching;
using Ito.ExchangeSimulator.Polymarket.Clob;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Polymarket.Data;

/// <summary>One side of a public trade as the Data API lists it: the wallet, what it did, in which outcome token.</summary>
internal sealed record DataTradeRow(PublicTrade Trade, string Wallet, string Side, bool YesToken)
{
    public decimal Price => YesToken ? Trade.YesPrice : 1 - Trade.YesPrice;
    public decimal Size => Trade.Count;
}

/// <summary>
/// <c>GET /trades</c>: the Polymarket trade tape, newest first, offset-paged. Each match is listed from the taker's side
/// (and, with <c>takerOnly=false</c>, from the maker's too), with price and size in that side's own token. Users'
/// orders appear under their maker (funder) wallet; the simulator's crowd trades from a fixed pool of wallets.
/// </summary>
internal static class DataTrades
{
    private const int CrowdWallets = 64;

    public static IResult List(HttpRequest request, TradeTape tape)
    {
        if (DataTradesQuery.Parse(request.Query, out var error) is not { } query) return PolyResults.BadRequest(error);
        var rows = tape.Query(trades => trades
            .Where(t => t.Market.Venue == Venue.Polymarket && query.Covers(t.Market))
            .SelectMany(t => query.TakerOnly ? new[] { Taker(t) } : new[] { Taker(t), Maker(t) })
            .Where(query.Accepts)
            .Skip(query.Offset)
            .Take(query.Limit)
            .Select(Json));
        return Results.Json(rows);
    }

    private static DataTradeRow Taker(PublicTrade t) => t.TakerRecord is PolyOrder order
        ? new DataTradeRow(t, order.MakerAddress, order.Side, order.IsYesToken)
        : new DataTradeRow(t, CrowdWallet(t.Sequence, role: 0), t.TakerBoughtYes ? "BUY" : "SELL", YesToken: true);

    private static DataTradeRow Maker(PublicTrade t) => t.MakerRecord is PolyOrder order
        ? new DataTradeRow(t, order.MakerAddress, order.Side, order.IsYesToken)
        : new DataTradeRow(t, CrowdWallet(t.Sequence, role: 1), t.TakerBoughtYes ? "SELL" : "BUY", YesToken: true);

    private static string CrowdWallet(long sequence, ulong role)
    {
        var index = DeterministicRandom.Hash((ulong)sequence, role) % CrowdWallets;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("ito-simulator-crowd:" + index.ToString(CultureInfo.InvariantCulture)));
        return "0x" + Convert.ToHexStringLower(hash.AsSpan(0, 20));
    }

    private static Dictionary<string, object?> Json(DataTradeRow row)
    {
        var m = row.Trade.Market;
        return new Dictionary<string, object?>
        {
            // The venue prints wallets in lower case whatever case the order was signed with.
            ["proxyWallet"] = row.Wallet.ToLowerInvariant(),
            ["side"] = row.Side,
            ["asset"] = row.YesToken ? m.YesTokenId : m.NoTokenId,
            ["conditionId"] = m.ConditionId,
            ["size"] = row.Size,
            ["price"] = row.Price,
            ["timestamp"] = row.Trade.Time.ToUnixTimeSeconds(),
            ["title"] = m.Question,
            ["slug"] = m.Slug,
            ["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png",
            ["eventSlug"] = m.Event.Slug,
            ["outcome"] = row.YesToken ? "Yes" : "No",
            ["outcomeIndex"] = row.YesToken ? 0 : 1,
            ["name"] = "",
            ["pseudonym"] = "",
            ["bio"] = "",
            ["profileImage"] = "",
            ["profileImageOptimized"] = "",
            // Both sides of one match settle in one transaction.
            ["transactionHash"] = "0x" + Convert.ToHexStringLower(Eip712.Keccak(row.Trade.TradeId)),
        };
    }
}
