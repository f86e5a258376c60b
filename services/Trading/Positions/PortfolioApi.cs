using Ito.Contracts;
using Ito.ServiceDefaults.Auth;
using Ito.Trading.Data;
using Ito.Trading.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Positions;

public sealed record PositionView(
    Guid BasketId, string MarketId, string Outcome, string Mode, decimal Shares, decimal? AverageCost, decimal CostBasis,
    decimal? Mark, decimal? MarketValue, decimal RealizedPnl, decimal? UnrealizedPnl, decimal Fees, DateTimeOffset UpdatedAt);

public sealed record BasketPositionView(Guid BasketId, string Mode, decimal CostBasis, decimal? MarketValue, decimal RealizedPnl,
    decimal? UnrealizedPnl, decimal Fees, IReadOnlyList<PositionView> Legs);

public sealed record TradeView(Guid Id, Guid OrderId, Guid BasketId, int LegIndex, string MarketId, string Outcome, string Mode,
    string Action, decimal Shares, decimal Price, decimal Fee, DateTimeOffset At);

public sealed record FactorExposure(string FactorId, decimal Exposure, decimal GrossValue);

public sealed record ExposureView(string? Mode, decimal TotalValue, IReadOnlyList<FactorExposure> Factors);

/// <summary>
/// The caller's positions (per leg, grouped per basket), trades and risk-factor exposure, marked to market from
/// the latest MarketPriceChanged. A market with no price yet shows no mark rather than a made-up one.
/// </summary>
public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        var read = Policies.Scope(Scopes.TradesRead);
        app.MapGet("/api/v1/positions", PositionsAsync).RequireAuthorization(read).WithTags("Positions").WithName("ListPositions")
            .ProducesValidationProblem()
            .WithSummary("Open and closed positions per basket, each leg marked to market with realized and unrealized P&L and fees.")
            .WithDescription("mode: paper | demo | live (default all). page from 1, pageSize 1–100 (default 20), paging baskets.");
        app.MapGet("/api/v1/trades", TradesAsync).RequireAuthorization(read).WithTags("Positions").WithName("ListTrades")
            .ProducesValidationProblem()
            .WithSummary("The caller's fills, newest first (page from 1, pageSize 1–100).");
        app.MapGet("/api/v1/exposure", ExposureAsync).RequireAuthorization(read).WithTags("Positions").WithName("GetExposure")
            .ProducesValidationProblem()
            .WithSummary("Net exposure per risk factor: position value × the market's factor loading (direction × confidence), NO flipping the sign.");
        return app;
    }

    private static async Task<Results<Ok<Page<BasketPositionView>>, ValidationProblem>> PositionsAsync(
        TradingDbContext db, CurrentUser user, string? mode, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (!ReadMode(mode, out var filter, out var problem)) return problem!;
        var (p, size) = Paging.Of(page, pageSize);
        var mine = db.Positions.AsNoTracking().Where(x => x.UserId == user.Id && (filter == null || x.Mode == filter));
        var groups = mine.GroupBy(x => new { x.BasketId, x.Mode });
        var total = await groups.CountAsync(cancellationToken);
        var keys = await groups.Select(g => new { g.Key.BasketId, g.Key.Mode, Last = g.Max(x => x.UpdatedAt) })
            .OrderByDescending(g => g.Last).Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
        var basketIds = keys.Select(k => k.BasketId).ToList();
        var positions = await mine.Where(x => basketIds.Contains(x.BasketId)).ToListAsync(cancellationToken);
        var marks = await MarksAsync(db, positions.Select(x => x.MarketId), cancellationToken);

        var items = keys.Select(k =>
        {
            var legs = positions.Where(x => x.BasketId == k.BasketId && x.Mode == k.Mode).Select(x => View(x, marks)).ToList();
            var complete = legs.All(l => l.Shares == 0 || l.MarketValue is not null);
            return new BasketPositionView(k.BasketId, OrderWire.Name(k.Mode), legs.Sum(l => l.CostBasis),
                complete ? legs.Sum(l => l.MarketValue ?? 0) : null, legs.Sum(l => l.RealizedPnl),
                complete ? legs.Sum(l => l.UnrealizedPnl ?? 0) : null, legs.Sum(l => l.Fees), legs);
        }).ToList();
        return TypedResults.Ok(new Page<BasketPositionView>(items, p, size, total));
    }

    private static async Task<Results<Ok<Page<TradeView>>, ValidationProblem>> TradesAsync(
        TradingDbContext db, CurrentUser user, string? mode, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (!ReadMode(mode, out var filter, out var problem)) return problem!;
        var (p, size) = Paging.Of(page, pageSize);
        var mine = db.Trades.AsNoTracking().Where(t => t.UserId == user.Id && (filter == null || t.Mode == filter));
        var total = await mine.CountAsync(cancellationToken);
        var trades = await mine.OrderByDescending(t => t.At).ThenByDescending(t => t.Id).Skip((p - 1) * size).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<TradeView>(trades.Select(t => new TradeView(t.Id, t.OrderId.Value, t.BasketId, t.LegIndex, t.MarketId,
            t.Outcome.ToString().ToLowerInvariant(), OrderWire.Name(t.Mode), t.Action.ToString().ToLowerInvariant(), t.Shares, t.Price, t.Fee, t.At)).ToList(),
            p, size, total));
    }

    private static async Task<Results<Ok<ExposureView>, ValidationProblem>> ExposureAsync(
        TradingDbContext db, CurrentUser user, string? mode, CancellationToken cancellationToken)
    {
        if (!ReadMode(mode, out var filter, out var problem)) return problem!;
        var positions = await db.Positions.AsNoTracking()
            .Where(x => x.UserId == user.Id && x.Shares > 0 && (filter == null || x.Mode == filter)).ToListAsync(cancellationToken);
        var marketIds = positions.Select(x => x.MarketId).Distinct().ToList();
        var marks = await MarksAsync(db, marketIds, cancellationToken);
        var loadings = await db.MarketRiskFactors.AsNoTracking().Where(f => marketIds.Contains(f.MarketId)).ToListAsync(cancellationToken);
        var held = positions.Select(x => (Position: x, Value: marks.TryGetValue(x.MarketId, out var yes) ? x.MarketValue(Position.OutcomeMark(x.Outcome, yes)) : x.CostBasis)).ToList();
        var factors = RiskExposure.ByFactor(held.Select(h => (h.Position.MarketId, h.Position.Outcome, h.Value)), loadings.Select(l => (l.MarketId, l.FactorId, l.Loading)));
        return TypedResults.Ok(new ExposureView(filter is null ? null : OrderWire.Name(filter.Value), held.Sum(h => h.Value), factors));
    }

    private static PositionView View(Position x, IReadOnlyDictionary<string, decimal> marks)
    {
        decimal? mark = marks.TryGetValue(x.MarketId, out var yes) ? Position.OutcomeMark(x.Outcome, yes) : null;
        return new PositionView(x.BasketId, x.MarketId, x.Outcome.ToString().ToLowerInvariant(), OrderWire.Name(x.Mode), x.Shares, x.AverageCost, x.CostBasis,
            mark, mark is { } m ? x.MarketValue(m) : null, x.RealizedPnl, mark is { } u ? x.UnrealizedPnl(u) : null, x.Fees, x.UpdatedAt);
    }

    private static async Task<IReadOnlyDictionary<string, decimal>> MarksAsync(TradingDbContext db, IEnumerable<string> marketIds, CancellationToken cancellationToken)
    {
        var ids = marketIds.Distinct().ToList();
        var quotes = await db.MarketQuotes.AsNoTracking().Where(q => ids.Contains(q.MarketId)).ToListAsync(cancellationToken);
        return quotes.Where(q => q.YesMark is not null).ToDictionary(q => q.MarketId, q => q.YesMark!.Value);
    }

    private static bool ReadMode(string? mode, out TradingMode? filter, out ValidationProblem? problem)
    {
        filter = null;
        problem = null;
        if (mode is null) return true;
        if (OrderWire.TryParseMode(mode, out var parsed))
        {
            filter = parsed;
            return true;
        }

        problem = TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = ["mode must be paper, demo or live."] });
        return false;
    }
}

/// <summary>Exposure math: a YES share's value moves with the factor by its loading; a NO share the opposite way.</summary>
public static class RiskExposure
{
    public static IReadOnlyList<FactorExposure> ByFactor(
        IEnumerable<(string MarketId, Side Outcome, decimal Value)> positions,
        IEnumerable<(string MarketId, string FactorId, decimal Loading)> loadings)
    {
        var byMarket = loadings.ToLookup(l => l.MarketId);
        return positions
            .SelectMany(p => byMarket[p.MarketId].Select(l => (l.FactorId, Signed: p.Value * l.Loading * (p.Outcome == Side.Yes ? 1 : -1), Gross: p.Value)))
            .GroupBy(x => x.FactorId)
            .Select(g => new FactorExposure(g.Key, Math.Round(g.Sum(x => x.Signed), 6), Math.Round(g.Sum(x => x.Gross), 6)))
            .OrderByDescending(f => Math.Abs(f.Exposure))
            .ToList();
    }
}
