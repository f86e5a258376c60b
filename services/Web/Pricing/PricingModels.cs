namespace Ito.Web.Pricing;

/// <summary>A basket's latest price (GET /api/v1/baskets/{id}/price); prices are probabilities (0–1).</summary>
/// <param name="Price">Null while <paramref name="IsComplete"/> is false: some leg has no price yet.</param>
public sealed record BasketPriceView(
    Guid BasketId,
    decimal? Price,
    bool IsComplete,
    decimal PricedWeight,
    DateTimeOffset AsOf,
    IReadOnlyList<LegPriceView> Legs)
{
    /// <summary>The venues the legs trade on, from the market ids (<c>kalshi:…</c>, <c>polymarket:…</c>).</summary>
    public IReadOnlyList<string> Venues => Legs
        .Select(l => l.MarketId.Split(':', 2)[0])
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(VenueName)
        .Order()
        .ToList();

    public static string VenueName(string venue) => venue.ToLowerInvariant() switch
    {
        "kalshi" => "Kalshi",
        "polymarket" => "Polymarket",
        _ => venue,
    };
}

/// <param name="SidePrice">The price of the side held (1 − YES for a NO leg); null while the market has no price.</param>
public sealed record LegPriceView(string MarketId, string Side, decimal Weight, decimal? YesPrice, decimal? SidePrice);

/// <summary>OHLC bars of a basket (GET /api/v1/baskets/{id}/history).</summary>
public sealed record BasketHistory(Guid BasketId, string Interval, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<HistoryPoint> Points);

public sealed record HistoryPoint(DateTimeOffset T, decimal Open, decimal High, decimal Low, decimal Close, bool Filled, string Source);

/// <summary>A backfill job (POST /api/v1/baskets/{id}/backfill, GET /api/v1/backfill-jobs/{id}).</summary>
/// <param name="State"><c>queued</c>, <c>running</c>, <c>completed</c>, <c>partial</c> or <c>failed</c>.</param>
public sealed record BackfillJobView(
    Guid Id,
    Guid BasketId,
    int Days,
    string State,
    BackfillProgress Progress,
    int SnapshotsWritten,
    IReadOnlyList<string> Errors,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public bool IsActive => State is "queued" or "running";
}

public sealed record BackfillProgress(int LegsDone, int LegsTotal, decimal Percent);

/// <summary>A system basket whose price moved most over a day (GET /api/v1/movers); price and change are probabilities.</summary>
public sealed record Mover(Guid BasketId, string Name, decimal? Price, decimal? Change24h, DateTimeOffset? AsOf);
