using Ito.Pricing.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ito.Pricing.Prices;

/// <param name="Change24h">Price now minus the price 24 hours ago (probability points); null without both.</param>
public sealed record BasketMover(Guid BasketId, string Name, decimal? Price, decimal? Change24h, DateTimeOffset? AsOf);

/// <summary>
/// The system baskets that moved most over the last day: public market data (system baskets belong to no one),
/// so the landing page can show it to visitors who have not signed in.
/// </summary>
public static class MoversApi
{
    private const int MaxLimit = 18;

    public static IEndpointRouteBuilder MapMoversApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/movers", ListAsync)
            .WithName("ListMovers")
            .WithSummary("System baskets by their largest price move over the last 24 hours")
            .WithDescription($"limit: 1–{MaxLimit} (default 6). A basket without a price a day ago (or now) comes last, with change24h null.")
            .WithTags("Pricing")
            .AllowAnonymous();
        return app;
    }

    private static async Task<Results<Ok<BasketMover[]>, ValidationProblem>> ListAsync(
        int? limit, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var take = limit ?? 6;
        if (take is < 1 or > MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxLimit}."] });
        }

        var dayAgo = clock.GetUtcNow().AddDays(-1);
        // The price a day ago: the last live snapshot at or before then, else the backfilled hourly close.
        var rows = await db.Database.SqlQueryRaw<MoverRow>(
            """
            SELECT b.id AS "BasketId", b.name AS "Name", p.price AS "Price", p.is_complete AS "IsComplete", p.as_of AS "AsOf",
                   COALESCE(
                       (SELECT s.price FROM pricing.basket_snapshots s
                        WHERE s.basket_id = b.id AND s.at <= @dayAgo ORDER BY s.at DESC LIMIT 1),
                       (SELECT h.close FROM pricing.basket_history h
                        WHERE h.basket_id = b.id AND h.interval = '1h' AND h.bucket_start <= @dayAgo ORDER BY h.bucket_start DESC LIMIT 1)
                   ) AS "DayAgo"
            FROM pricing.baskets b
            LEFT JOIN pricing.latest_basket_prices p ON p.basket_id = b.id
            WHERE b.kind = 'System'
            """,
            new NpgsqlParameter("dayAgo", dayAgo)).ToListAsync(cancellationToken);

        var movers = rows
            .Select(r =>
            {
                var price = r.IsComplete == true ? r.Price : null;
                return new BasketMover(r.BasketId, r.Name, price, price - r.DayAgo, r.AsOf);
            })
            .OrderByDescending(m => m.Change24h.HasValue)
            .ThenByDescending(m => Math.Abs(m.Change24h ?? 0))
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Take(take)
            .ToArray();
        return TypedResults.Ok(movers);
    }

    private sealed class MoverRow
    {
        public Guid BasketId { get; set; }
        public string Name { get; set; } = "";
        public decimal? Price { get; set; }
        public bool? IsComplete { get; set; }
        public DateTimeOffset? AsOf { get; set; }
        public decimal? DayAgo { get; set; }
    }
}
