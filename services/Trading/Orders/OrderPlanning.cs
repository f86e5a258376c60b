using Ito.Contracts;
using Ito.Trading.Baskets;
using Ito.Trading.Data;
using Ito.Trading.Execution;
using Ito.Trading.Planning;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Orders;

/// <summary>A basket order request, read and validated.</summary>
public sealed record OrderIntent(Side Side, decimal Amount, TradingMode Mode, decimal MaxSlippage, OrderPolicy Policy)
{
    public const decimal DefaultSlippage = 0.02m;
    public const decimal MaxAmount = 1_000_000m;

    public static OrderIntent? Read(PlaceBasketOrderRequest? request, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            errors["body"] = ["A JSON body is required."];
            return null;
        }

        Side side = default;
        if (request.Side?.ToLowerInvariant() is not ("yes" or "no")) errors["side"] = ["side must be yes or no."];
        else side = request.Side.Equals("yes", StringComparison.OrdinalIgnoreCase) ? Side.Yes : Side.No;
        if (request.Amount is not { } amount || amount <= 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
            errors["amount"] = [$"amount must be a USD amount above 0 and at most {MaxAmount}, in cents."];
        if (!OrderWire.TryParseMode(request.Mode, out var mode)) errors["mode"] = ["mode must be paper, demo or live."];
        var slippage = request.MaxSlippage ?? DefaultSlippage;
        if (slippage is < 0 or > 0.5m) errors["maxSlippage"] = ["maxSlippage must be between 0 and 0.5 (a probability)."];
        var policy = OrderPolicy.BestEffort;
        if (request.Policy is not null && !OrderWire.TryParsePolicy(request.Policy, out policy)) errors["policy"] = ["policy must be best-effort or all-or-nothing."];
        return errors.Count > 0 ? null : new OrderIntent(side, request.Amount!.Value, mode, slippage, policy);
    }
}

/// <summary>Reads each leg's book on its venue and plans the order; the same for a preview and a real order.</summary>
public sealed class OrderPlanning(TradingDbContext db, VenueSessions sessions)
{
    public sealed record Planned(BasketOrderPlan Plan, IReadOnlyDictionary<int, string> Instruments);

    /// <summary>Refuses a mode the caller cannot trade: live with a test key, or while the user's demo flag is on.</summary>
    public async Task<string?> ModeRefusalAsync(Guid userId, bool isTestKey, TradingMode mode, CancellationToken cancellationToken)
    {
        if (mode != TradingMode.Live) return null;
        if (isTestKey) return "A test key (bkt_test_) trades on paper or demo only; use a live key (bkt_live_) to trade live.";
        var account = await db.TradingAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        return account is null || account.DemoMode
            ? "Demo mode is on for this account; turn it off (PUT /api/internal/venue-credentials/demo-mode) before trading live."
            : null;
    }

    public async Task<Planned> PlanAsync(Guid userId, TradableBasket basket, OrderIntent intent, CancellationToken cancellationToken)
    {
        using var session = await sessions.OpenAsync(userId, intent.Mode, cancellationToken);
        var legs = basket.Legs;
        var markets = await Task.WhenAll(legs.Select((leg, index) => session.For(leg.MarketId.Venue).QuoteAsync(
            index, leg.MarketId, BasketOrderPlanner.OutcomeFor(intent.Side, leg.Side), leg.Weight, cancellationToken)));
        var plan = BasketOrderPlanner.Plan(intent.Amount, intent.MaxSlippage, markets.Select(m => m.Quote).ToList());
        return new Planned(plan, markets.ToDictionary(m => m.Quote.LegIndex, m => m.Instrument));
    }
}
