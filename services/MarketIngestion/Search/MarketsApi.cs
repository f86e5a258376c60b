using Ito.Contracts;
using Ito.MarketIngestion.Data;
using Ito.MarketIngestion.Prices;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Search;

/// <summary>Unified market search across venues, one market with its event and sibling outcomes, and the CSV export.</summary>
internal static class MarketsApi
{
    public static IEndpointRouteBuilder MapMarketsApi(this IEndpointRouteBuilder app)
    {
        var markets = app.MapGroup("/api/v1/markets")
            .WithTags("Markets")
            .RequireAuthorization(Policies.Scope(Scopes.MarketsRead));

        markets.MapGet("/search", SearchAsync)
            .WithName("SearchMarkets")
            .WithSummary("Searches markets on both venues")
            .WithDescription("Full-text search (every word, or web-search syntax: \"phrase\", or, -word) with typo tolerance: a word no market contains is corrected to the known words it could be a misspelling of. Ranked: markets with every word in the title first, then those matching through the event title, outcome or category; a stable order within each. Text with only stop words finds nothing. Filters: platform (kalshi|polymarket), category, status, closes_before. Paging: opaque cursor, valid only for the search that returned it; limit 1–100 (default 20).");
        markets.MapGet("/export.csv", Export)
            .WithName("ExportMarketsCsv")
            .WithSummary("Exports every market matching the filters as CSV (RFC 4180), streamed");
        markets.MapGet("/{id}", GetAsync)
            .WithName("GetMarket")
            .WithSummary("One market with its event, sibling outcomes and latest prices");
        return app;
    }

    private static async Task<Results<Ok<SearchResultDto>, ValidationProblem>> SearchAsync(
        [FromQuery] string? q, [FromQuery] string? platform, [FromQuery] string? category, [FromQuery] string? status,
        [FromQuery(Name = "closes_before")] string? closesBefore, [FromQuery] string? cursor, [FromQuery] string? limit,
        MarketSearch search, CancellationToken cancellationToken)
    {
        var (query, errors) = MarketQuery.Parse(q, platform, category, status, closesBefore, cursor, limit);
        if (query is null) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await search.SearchAsync(query, cancellationToken));
    }

    private static Results<PushStreamHttpResult, ValidationProblem> Export(
        [FromQuery] string? q, [FromQuery] string? platform, [FromQuery] string? category, [FromQuery] string? status,
        [FromQuery(Name = "closes_before")] string? closesBefore, MarketSearch search, HttpContext context)
    {
        var (query, errors) = MarketQuery.Parse(q, platform, category, status, closesBefore, cursor: null, limit: null);
        if (query is null) return TypedResults.ValidationProblem(errors);
        return TypedResults.Stream(
            body => MarketCsv.WriteAsync(body, search.StreamAsync(query), context.RequestAborted),
            contentType: "text/csv; charset=utf-8",
            fileDownloadName: "markets.csv");
    }

    private static async Task<Results<Ok<MarketDetailDto>, ProblemHttpResult, ValidationProblem>> GetAsync(
        string id, IngestionDbContext db, RedisPriceStore prices, CancellationToken cancellationToken)
    {
        if (!MarketId.TryParse(id, out var marketId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id must be a market id such as kalshi:TICKER or polymarket:0xCONDITION."] });
        }

        var key = marketId.ToString();
        var market = await db.Markets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == key, cancellationToken);
        if (market is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such market.", detail: $"Market {key} is not known.");
        }

        var venueEvent = market.EventId is null ? null : await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == market.EventId, cancellationToken);
        var siblings = market.EventId is null
            ? []
            : await db.Markets.AsNoTracking().Where(m => m.EventId == market.EventId && m.Id != key).OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var quotes = await prices.LoadAsync([key, .. siblings.Select(s => s.Id)]);
        PriceDto? PriceOf(string marketKey) => quotes.TryGetValue(marketKey, out var hit)
            ? new PriceDto(hit.Quote.YesBid, hit.Quote.YesAsk, hit.Quote.Last, hit.Quote.Mid, hit.At)
            : null;

        return TypedResults.Ok(new MarketDetailDto(
            MarketSummaryDto.From(market),
            market.RulesText,
            market.Result,
            market.YesTokenId,
            market.NoTokenId,
            PriceOf(key),
            venueEvent is null ? null : EventDto.From(venueEvent),
            siblings.Select(s => new OutcomeDto(s.Id, s.Title, s.Subtitle, s.Status.ToString().ToLowerInvariant(), PriceOf(s.Id))).ToList()));
    }
}
