using Ito.Contracts;
using Ito.Venues;

namespace Ito.Trading.Planning;

/// <summary>
/// Splits a basket order's cash across its legs by normalized weight and turns each share of cash into a limit
/// order a venue accepts: shares the book can fill within the slippage bound, rounded DOWN to the venue's size step
/// (never spend more than the leg's budget at today's book), dropped when below the venue's minimum size.
/// </summary>
public static class BasketOrderPlanner
{
    /// <summary>Cash is split to the micro-dollar; the venues' amounts have 6 decimals at most.</summary>
    private const int CashDecimals = 6;

    /// <summary>A basket NO flips every leg: NO of a YES leg, YES of a NO leg.</summary>
    public static Side OutcomeFor(Side basketSide, Side legSide) =>
        basketSide == Side.Yes ? legSide : legSide == Side.Yes ? Side.No : Side.Yes;

    public static BasketOrderPlan Plan(decimal amount, decimal maxSlippage, IReadOnlyList<LegQuote> legs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSlippage);
        if (legs.Count == 0) throw new ArgumentException("A basket order needs at least one leg.", nameof(legs));
        var totalWeight = legs.Sum(l => l.Weight);
        if (totalWeight <= 0 || legs.Any(l => l.Weight < 0)) throw new ArgumentException("Leg weights must be positive.", nameof(legs));

        return new BasketOrderPlan(legs.Select(leg =>
            PlanLeg(leg, Math.Round(amount * leg.Weight / totalWeight, CashDecimals, MidpointRounding.ToZero), maxSlippage)).ToList());
    }

    public static LegOrderPlan PlanLeg(LegQuote leg, decimal budget, decimal maxSlippage)
    {
        var best = leg.Asks.Count > 0 ? leg.Asks[0].Price : (decimal?)null;
        if (best is null)
        {
            return Skip(leg, budget, null, null, "no asks on the book");
        }

        var limit = leg.Grid.FloorToGrid(best.Value + maxSlippage);
        if (limit is null || limit < best)
        {
            return Skip(leg, budget, best, limit, "best ask is off the venue's price grid");
        }

        var (affordable, _) = Walk(leg.Asks, limit.Value, budget, sharesWanted: null);
        var shares = decimal.Floor(affordable / leg.SizeStep) * leg.SizeStep;
        if (shares <= 0)
        {
            return Skip(leg, budget, best, limit, "budget buys less than one size step");
        }

        if (shares < leg.MinSize)
        {
            return Skip(leg, budget, best, limit, $"{shares} shares is below the venue's minimum size of {leg.MinSize}");
        }

        var (_, cost) = Walk(leg.Asks, limit.Value, budget: null, sharesWanted: shares);
        cost = Math.Round(cost, CashDecimals);
        return new LegOrderPlan(leg.LegIndex, leg.MarketId, leg.Outcome, leg.Weight, budget, best, limit, shares,
            cost, Math.Round(shares * limit.Value, CashDecimals), budget - cost, null);
    }

    /// <summary>Takes asks up to the limit until the budget or the wanted shares run out.</summary>
    private static (decimal Shares, decimal Cost) Walk(IReadOnlyList<PriceLevel> asks, decimal limit, decimal? budget, decimal? sharesWanted)
    {
        decimal shares = 0, cost = 0;
        foreach (var level in asks)
        {
            if (level.Price > limit || level.Price <= 0) break;
            var take = level.Size;
            if (budget is { } cash) take = Math.Min(take, (cash - cost) / level.Price);
            if (sharesWanted is { } wanted) take = Math.Min(take, wanted - shares);
            if (take <= 0) break;
            shares += take;
            cost += take * level.Price;
            if (take < level.Size) break;
        }

        return (shares, cost);
    }

    private static LegOrderPlan Skip(LegQuote leg, decimal budget, decimal? best, decimal? limit, string reason) =>
        new(leg.LegIndex, leg.MarketId, leg.Outcome, leg.Weight, budget, best, limit, 0, 0, 0, budget, reason);
}
