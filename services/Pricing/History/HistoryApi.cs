using System.Globalization;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ito.Pricing.History;

public static class HistoryApi
{
    /// <summary>The most bars one request may ask for; a longer window needs a wider interval.</summary>
    public const int MaxPoints = 1000;

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/baskets/{basketId:guid}/history", GetAsync)
            .WithName("GetBasketHistory")
            .WithSummary("The basket's OHLC bars over a window")
            .WithDescription($"interval: 1m, 1h or 1d (default 1h); from/to: ISO 8601 (to defaults to now, from to {MaxPoints - 1} intervals before to). " +
                $"At most {MaxPoints} bars per request, else 400. Bars come from live snapshots (source 'live') or, where there are none, from backfill " +
                "(source 'backfill'; filled = some leg's price was carried forward). Another user's private basket is 404, as an unknown one.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Pricing")
            .RequireAuthorization(Policies.Scope(Scopes.BasketsRead));
        return app;
    }

    private static async Task<Results<Ok<BasketHistoryResponse>, ProblemHttpResult, ValidationProblem>> GetAsync(
        Guid basketId, string? from, string? to, string? interval, PricingDbContext db, CurrentUser caller, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var step = HistoryInterval.Parse(interval ?? HistoryInterval.Hour.Name);
        if (step is null) errors["interval"] = ["interval must be 1m, 1h or 1d."];
        var end = ParseTime(to, "to", errors) ?? time.GetUtcNow();
        var start = ParseTime(from, "from", errors) ?? (step is null ? end : end - step.Length * (MaxPoints - 1));
        if (errors.Count == 0 && start >= end) errors["from"] = ["from must be before to."];
        if (errors.Count == 0 && Math.Ceiling((end - step!.BucketOf(start)) / step.Length) > MaxPoints)
        {
            errors["interval"] = [$"The window holds more than {MaxPoints} {step.Name} bars; narrow it or use a wider interval."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        if (!await BasketAccess.IsReadableAsync(db, basketId, caller, cancellationToken)) return BasketAccess.NotFound(basketId);

        var firstBucket = step!.BucketOf(start);
        var rows = await db.Database.SqlQueryRaw<HistoryRow>(
            """
            WITH live AS (
                SELECT date_bin(@step, at, TIMESTAMPTZ '1970-01-01 00:00:00+00') AS bucket,
                       (array_agg(price ORDER BY at))[1] AS open, max(price) AS high, min(price) AS low,
                       (array_agg(price ORDER BY at DESC))[1] AS close
                FROM pricing.basket_snapshots
                WHERE basket_id = @basket AND at >= @from AND at < @to
                GROUP BY 1)
            SELECT bucket AS "BucketStart", open AS "Open", high AS "High", low AS "Low", close AS "Close", false AS "Filled", 'live' AS "Source"
            FROM live
            UNION ALL
            SELECT h.bucket_start, h.open, h.high, h.low, h.close, h.filled, 'backfill'
            FROM pricing.basket_history h
            WHERE h.basket_id = @basket AND h.interval = @interval AND h.bucket_start >= @from AND h.bucket_start < @to
              AND NOT EXISTS (SELECT 1 FROM live WHERE live.bucket = h.bucket_start)
            ORDER BY 1
            """,
            new NpgsqlParameter("step", step.Length),
            new NpgsqlParameter("basket", basketId),
            new NpgsqlParameter("interval", step.Name),
            new NpgsqlParameter("from", firstBucket),
            new NpgsqlParameter("to", end.ToUniversalTime())).ToListAsync(cancellationToken);

        return TypedResults.Ok(new BasketHistoryResponse(basketId, step.Name, firstBucket, end,
            rows.Select(r => new HistoryPoint(r.BucketStart, r.Open, r.High, r.Low, r.Close, r.Filled, r.Source)).ToArray()));
    }

    private static DateTimeOffset? ParseTime(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)) return parsed;
        errors[field] = [$"{field} must be an ISO 8601 time, e.g. 2026-01-31T00:00:00Z."];
        return null;
    }

    /// <summary>A row of the history query (EF materializes it by column name).</summary>
    private sealed class HistoryRow
    {
        public DateTimeOffset BucketStart { get; set; }
        public decimal Open { get; set; }
        public decimal High { get; set; }
        public decimal Low { get; set; }
        public decimal Close { get; set; }
        public bool Filled { get; set; }
        public string Source { get; set; } = "";
    }
}

public sealed record BasketHistoryResponse(Guid BasketId, string Interval, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<HistoryPoint> Points);

/// <param name="Filled">True where some leg had no venue data in this bar and its previous close was carried forward.</param>
/// <param name="Source"><c>live</c> (from snapshots) or <c>backfill</c> (from venue history).</param>
public sealed record HistoryPoint(DateTimeOffset T, decimal Open, decimal High, decimal Low, decimal Close, bool Filled, string Source);
