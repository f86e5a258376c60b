using System.Text.Json;
using Ito.ExchangeSimulator.Polymarket.Gamma;
using Ito.ExchangeSimulator.Universe;
using static Ito.ExchangeSimulator.Universe.PriceMath;

namespace Ito.ExchangeSimulator.Polymarket.Clob;

/// <summary>Public CLOB market data.</summary>
internal static class ClobMarketDataEndpoints
{
    private const string NoBook = "No orderbook exists for the requested token id";

    public static IResult Book(HttpRequest request, MarketUniverse universe, ClobBooks books) =>
        Find(universe, request.Query["token_id"]) is { } hit
            ? Results.Text(books.Summary(hit.Market, hit.IsYes).Json(), "application/json")
            : PolyResults.NotFound(NoBook);

    public static async Task<IResult> Books(HttpRequest request, MarketUniverse universe, ClobBooks books)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return PolyResults.BadRequest("Invalid payload");
        }
        if (body.ValueKind != JsonValueKind.Array) return PolyResults.BadRequest("Invalid payload");
        var summaries = body.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("token_id", out var t) ? t.GetString() : null)
            .Select(id => Find(universe, id)).OfType<(SimMarket Market, bool IsYes)>()
            .Select(hit => books.Summary(hit.Market, hit.IsYes).Json());
        return Results.Text("[" + string.Join(',', summaries) + "]", "application/json");
    }

    /// <summary><c>side=BUY</c> is the bid side of the book, <c>SELL</c> the ask side.</summary>
    public static IResult Price(HttpRequest request, MarketUniverse universe, ClobBooks books)
    {
        if (Find(universe, request.Query["token_id"]) is not { } hit) return PolyResults.NotFound(NoBook);
        var side = request.Query["side"].ToString().ToUpperInvariant();
        if (side is not ("BUY" or "SELL")) return PolyResults.BadRequest("Invalid side");
        var book = books.Summary(hit.Market, hit.IsYes);
        var levels = side == "BUY" ? book.Bids : book.Asks;
        return levels.Count == 0 ? PolyResults.NotFound(NoBook) : Results.Json(new Dictionary<string, object?> { ["price"] = levels[^1].Price });
    }

    public static IResult Midpoint(HttpRequest request, MarketUniverse universe, ClobBooks books) =>
        Best(request, universe, books, (bid, ask) => new Dictionary<string, object?> { ["mid"] = Trim((bid + ask) / 2) });

    public static IResult Spread(HttpRequest request, MarketUniverse universe, ClobBooks books) =>
        Best(request, universe, books, (bid, ask) => new Dictionary<string, object?> { ["spread"] = Trim(ask - bid) });

    public static IResult LastTradePrice(HttpRequest request, MarketUniverse universe, ClobBooks books) =>
        Find(universe, request.Query["token_id"]) is { } hit
            ? Results.Json(new Dictionary<string, object?> { ["price"] = books.Summary(hit.Market, hit.IsYes).LastTradePrice, ["side"] = "BUY" })
            : PolyResults.NotFound(NoBook);

    public static IResult TickSize(HttpRequest request, MarketUniverse universe) =>
        Find(universe, request.Query["token_id"]) is { } hit
            ? Results.Json(new Dictionary<string, object?> { ["minimum_tick_size"] = hit.Market.TickSize })
            : PolyResults.NotFound("market not found");

    public static IResult NegRisk(HttpRequest request, MarketUniverse universe) =>
        Find(universe, request.Query["token_id"]) is { } hit
            ? Results.Json(new Dictionary<string, object?> { ["neg_risk"] = hit.Market.Event.NegRisk })
            : PolyResults.NotFound("market not found");

    public static IResult Time(TimeProvider time) => Results.Json(time.GetUtcNow().ToUnixTimeSeconds());

    public static IResult Version() => Results.Json(new Dictionary<string, object?> { ["version"] = 2 });

    public static IResult ClobMarket(string conditionId, MarketUniverse universe, ClobBooks books)
    {
        if (universe.ByConditionId(conditionId) is not { Venue: Venue.Polymarket } m) return PolyResults.NotFound("market not found");
        decimal last;
        lock (m.State.Gate) last = m.State.LastPrice;
        var closed = GammaQuery.IsClosed(m);
        var yesPrice = m.Result switch { "yes" => 1m, "no" => 0m, _ => last };
        return Results.Json(new Dictionary<string, object?>
        {
            ["enable_order_book"] = true,
            ["active"] = true,
            ["closed"] = closed,
            ["archived"] = false,
            ["accepting_orders"] = m.IsTradable,
            ["accepting_order_timestamp"] = Rfc3339(m.Open),
            ["minimum_order_size"] = m.MinOrderSize,
            ["minimum_tick_size"] = m.TickSize,
            ["condition_id"] = m.ConditionId,
            ["question_id"] = m.QuestionId,
            ["question"] = m.Question,
            ["description"] = RulesText.PolymarketDescription(m),
            ["market_slug"] = m.Slug,
            ["end_date_iso"] = Rfc3339(m.Close),
            ["game_start_time"] = null,
            ["seconds_delay"] = 0,
            ["fpmm"] = "",
            ["maker_base_fee"] = 1000,
            ["taker_base_fee"] = 1000,
            ["notifications_enabled"] = true,
            ["neg_risk"] = m.Event.NegRisk,
            ["neg_risk_market_id"] = m.Event.NegRiskMarketId,
            ["neg_risk_request_id"] = m.Event.NegRisk ? m.QuestionId : "",
            ["icon"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png",
            ["image"] = $"https://polymarket-upload.s3.us-east-2.amazonaws.com/{m.Slug}.png",
            ["rewards"] = new Dictionary<string, object?>
            {
                ["rates"] = new[] { new Dictionary<string, object?> { ["asset_address"] = "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174", ["rewards_daily_rate"] = 10 } },
                ["min_size"] = 200,
                ["max_spread"] = 3.5,
            },
            ["is_50_50_outcome"] = false,
            ["tokens"] = new[]
            {
                new Dictionary<string, object?> { ["token_id"] = m.YesTokenId, ["outcome"] = "Yes", ["price"] = yesPrice, ["winner"] = m.Result == "yes" },
                new Dictionary<string, object?> { ["token_id"] = m.NoTokenId, ["outcome"] = "No", ["price"] = 1 - yesPrice, ["winner"] = m.Result == "no" },
            },
            ["tags"] = m.Event.Theme.GammaTags.Select(t => t.Label).ToArray(),
        });
    }

    /// <summary>The compact market info the V2 SDKs read (<c>mos</c>, <c>mts</c>, <c>nr</c>, fee details).</summary>
    public static IResult CompactMarket(string conditionId, MarketUniverse universe)
    {
        if (universe.ByConditionId(conditionId) is not { Venue: Venue.Polymarket } m) return PolyResults.NotFound("market not found");
        return Results.Json(new Dictionary<string, object?>
        {
            ["r"] = new Dictionary<string, object?> { ["mi"] = 200, ["ma"] = 3.5, ["e"] = true, ["moas"] = 4 },
            ["t"] = new[]
            {
                new Dictionary<string, object?> { ["t"] = m.YesTokenId, ["o"] = "Yes" },
                new Dictionary<string, object?> { ["t"] = m.NoTokenId, ["o"] = "No" },
            },
            ["c"] = m.ConditionId,
            ["mos"] = m.MinOrderSize,
            ["mts"] = m.TickSize,
            ["mbf"] = 1000,
            ["tbf"] = 1000,
            ["nr"] = m.Event.NegRisk,
            ["ao"] = m.IsTradable,
            ["cbos"] = true,
            ["aot"] = Rfc3339(m.Open),
            ["ibce"] = true,
            ["fd"] = new Dictionary<string, object?> { ["r"] = m.Event.Theme.PolyFeeRate, ["e"] = 1, ["to"] = true },
        });
    }

    private static IResult Best(HttpRequest request, MarketUniverse universe, ClobBooks books, Func<decimal, decimal, object> shape)
    {
        if (Find(universe, request.Query["token_id"]) is not { } hit) return PolyResults.NotFound(NoBook);
        var book = books.Summary(hit.Market, hit.IsYes);
        if (book.Bids.Count == 0 || book.Asks.Count == 0) return PolyResults.NotFound(NoBook);
        return Results.Json(shape(decimal.Parse(book.Bids[^1].Price, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(book.Asks[^1].Price, System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Books exist only for listed, unresolved markets, as on the CLOB.</summary>
    public static (SimMarket Market, bool IsYes)? Find(MarketUniverse universe, string? tokenId) =>
        string.IsNullOrEmpty(tokenId) ? null : universe.ByToken(tokenId) is { } hit && hit.Market.Phase != MarketPhase.Settled ? hit : null;
}
