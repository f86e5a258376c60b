using Ito.Trading.Planning;

namespace Ito.Trading.Orders;

/// <summary>
/// Body of <c>POST /api/v1/baskets/{id}/orders</c> and its preview. Example:
/// <c>{"side":"yes","amount":100,"mode":"paper","maxSlippage":0.02,"policy":"all-or-nothing"}</c>.
/// </summary>
/// <param name="Side">yes | no (a basket NO buys the opposite outcome of every leg).</param>
/// <param name="Amount">USD to spend, split across legs by normalized weight.</param>
/// <param name="Mode">paper | demo | live.</param>
/// <param name="MaxSlippage">How far above each leg's best ask the limit price may go (a probability, 0–0.5; default 0.02).</param>
/// <param name="Policy">best-effort (default) | all-or-nothing.</param>
public sealed record PlaceBasketOrderRequest(string? Side, decimal? Amount, string? Mode, decimal? MaxSlippage, string? Policy);

public sealed record LegPlanView(
    int LegIndex, string MarketId, string Outcome, decimal Weight, decimal Budget, decimal? BestAsk, decimal? LimitPrice,
    decimal Shares, decimal EstimatedCost, decimal? EstimatedAveragePrice, decimal MaxCost, decimal Leftover, string? SkipReason)
{
    public static LegPlanView Of(LegOrderPlan p) => new(p.LegIndex, p.MarketId.ToString(), p.Outcome.ToString().ToLowerInvariant(), p.Weight, p.Budget,
        p.BestAsk, p.LimitPrice, p.Shares, p.EstimatedCost, p.EstimatedAveragePrice, p.MaxCost, p.Leftover, p.SkipReason);
}

public sealed record OrderPreview(Guid BasketId, string Side, decimal Amount, string Mode, decimal MaxSlippage, string Policy,
    decimal EstimatedCost, decimal MaxCost, decimal Leftover, IReadOnlyList<LegPlanView> Legs);

public sealed record LegOrderView(
    int LegIndex, string MarketId, string Venue, string Outcome, string Instrument, decimal Weight, decimal Budget, decimal? LimitPrice,
    decimal PlannedShares, string ClientOrderId, string? VenueOrderId, string Status, decimal FilledShares, decimal? AveragePrice,
    decimal FilledCost, decimal Fees, decimal UnwoundShares, decimal UnwindProceeds, string? Error);

public sealed record TransitionView(string From, string To, string Reason, DateTimeOffset At);

public sealed record BasketOrderView(
    Guid Id, Guid BasketId, string Side, decimal Amount, string Mode, decimal MaxSlippage, string Policy, string Status,
    decimal Leftover, decimal FilledCost, decimal Fees, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<LegOrderView> Legs, IReadOnlyList<TransitionView> Transitions)
{
    public static BasketOrderView Of(BasketOrder o) => new(
        o.Id.Value, o.BasketId, o.Side.ToString().ToLowerInvariant(), o.Amount, OrderWire.Name(o.Mode), o.MaxSlippage, OrderWire.Name(o.Policy),
        OrderWire.Name(o.Status), o.Leftover, o.Legs.Sum(l => l.FilledCost), o.Legs.Sum(l => l.Fees), o.CreatedAt, o.UpdatedAt,
        o.Legs.OrderBy(l => l.LegIndex).Select(l => new LegOrderView(l.LegIndex, l.MarketId, l.Venue.ToString().ToLowerInvariant(),
            l.Outcome.ToString().ToLowerInvariant(), l.Instrument, l.Weight, l.Budget, l.LimitPrice, l.PlannedShares, l.ClientOrderId, l.VenueOrderId,
            OrderWire.Name(l.Status), l.FilledShares, l.AveragePrice, l.FilledCost, l.Fees, l.UnwoundShares, l.UnwindProceeds, l.Error)).ToList(),
        o.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new TransitionView(OrderWire.Name(t.From), OrderWire.Name(t.To), t.Reason, t.At)).ToList());
}

public sealed record OrderSummary(Guid Id, Guid BasketId, string Side, decimal Amount, string Mode, string Status, DateTimeOffset CreatedAt);

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
