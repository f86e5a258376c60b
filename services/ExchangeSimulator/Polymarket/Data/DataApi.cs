using Ito.ExchangeSimulator.Polymarket.Clob;
using Ito.ExchangeSimulator.Universe;

namespace Ito.ExchangeSimulator.Polymarket.Data;

/// <summary>Polymarket Data API (<c>/polymarket/data</c>): a wallet's positions, valued at the current price, and the public trade tape.</summary>
internal static class DataApi
{
    public const string BasePath = "/polymarket/data";

    public static IEndpointRouteBuilder MapPolymarketDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Polymarket Data");
        api.MapGet("/positions", Positions);
        api.MapGet("/trades", DataTrades.List);
        return app;
    }

    private static IResult Positions(HttpRequest request, PolymarketAccounts accounts)
    {
        var user = request.Query["user"].ToString();
        if (user.Length == 0) return PolyResults.BadRequest("user is required");
        var market = request.Query["market"].ToString();
        var threshold = decimal.TryParse(request.Query["sizeThreshold"].ToString(), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : 0m;
        if (accounts.Find(user) is not { } account) return Results.Json(Array.Empty<object>());
        lock (account.Gate)
        {
            var positions = account.Holdings.Values
                .Where(h => h.Size > threshold && (market.Length == 0 || string.Equals(h.Market.ConditionId, market, StringComparison.OrdinalIgnoreCase)))
                .Select(h => Position(account, h)).ToList();
            return Results.Json(positions);
        }
    }

    private static Dictionary<string, object?> Position(PolymarketAccount account, TokenHolding h)
    {
        var m = h.Market;
        var yesPrice = m.Result switch { "yes" => 1m, "no" => 0m, _ => m.State.LastPrice };
        var current = h.IsYes ? yesPrice : 1 - yesPrice;
        var average = h.Size == 0 ? 0 : h.Cost / h.Size;
        var value = h.Size * current;
        return new Dictionary<string, object?>
        {
            ["proxyWallet"] = account.Address,
            ["asset"] = h.IsYes ? m.YesTokenId : m.NoTokenId,
            ["conditionId"] = m.ConditionId,
            ["size"] = h.Size,
            ["avgPrice"] = Math.Round(average, 6),
            ["initialValue"] = Math.Round(h.Cost, 6),
            ["currentValue"] = Math.Round(value, 6),
            ["cashPnl"] = Math.Round(value - h.Cost, 6),
            ["percentPnl"] = h.Cost == 0 ? 0 : Math.Round((value - h.Cost) / h.Cost * 100, 4),
            ["totalBought"] = Math.Round(h.TotalBought, 6),
            ["realizedPnl"] = Math.Round(h.RealizedPnl, 6),
            ["percentRealizedPnl"] = h.TotalBought == 0 ? 0 : Math.Round(h.RealizedPnl / h.TotalBought * 100, 4),
            ["curPrice"] = current,
            ["redeemable"] = m.Phase == MarketPhase.Settled,
            ["mergeable"] = false,
            ["title"] = m.Question,
            ["slug"] = m.Slug,
            ["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png",
            ["eventSlug"] = m.Event.Slug,
            ["outcome"] = h.IsYes ? "Yes" : "No",
            ["outcomeIndex"] = h.IsYes ? 0 : 1,
            ["oppositeOutcome"] = h.IsYes ? "No" : "Yes",
            ["oppositeAsset"] = h.IsYes ? m.NoTokenId : m.YesTokenId,
            ["endDate"] = m.Close.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["negativeRisk"] = m.Event.NegRisk,
        };
    }
}
