using Ito.Contracts;
using Ito.Venues;

namespace Ito.Trading.Planning;

/// <summary>
/// What the planner knows about one leg's market: the asks of the outcome being bought (best first, in that
/// outcome's price), its price grid, and the venue's size rules.
/// </summary>
public sealed record LegQuote(
    int LegIndex,
    MarketId MarketId,
    Side Outcome,
    decimal Weight,
    IReadOnlyList<PriceLevel> Asks,
    PriceGrid Grid,
    decimal SizeStep,
    decimal MinSize);

/// <summary>
/// One leg of a basket order as planned: buy <see cref="Shares"/> of <see cref="Outcome"/> at no more than
/// <see cref="LimitPrice"/>. <see cref="EstimatedCost"/> walks today's book; <see cref="MaxCost"/> is the slippage
/// bound's worst case; <see cref="Leftover"/> is the budget rounding and book depth left unspent.
/// </summary>
public sealed record LegOrderPlan(
    int LegIndex,
    MarketId MarketId,
    Side Outcome,
    decimal Weight,
    decimal Budget,
    decimal? BestAsk,
    decimal? LimitPrice,
    decimal Shares,
    decimal EstimatedCost,
    decimal MaxCost,
    decimal Leftover,
    string? SkipReason)
{
    public bool IsSkipped => SkipReason is not null;

    public decimal? EstimatedAveragePrice => Shares > 0 ? Math.Round(EstimatedCost / Shares, 6) : null;
}

/// <summary>A whole basket order as planned.</summary>
public sealed record BasketOrderPlan(IReadOnlyList<LegOrderPlan> Legs)
{
    public decimal EstimatedCost => Legs.Sum(l => l.EstimatedCost);

    public decimal MaxCost => Legs.Sum(l => l.MaxCost);

    /// <summary>Cash not spent because of share rounding, minimum sizes and book depth.</summary>
    public decimal Leftover => Legs.Sum(l => l.Leftover);
}
