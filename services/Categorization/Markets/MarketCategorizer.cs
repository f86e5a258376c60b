using Ito.Categorization.Data;
using Ito.Categorization.Overrides;
using Ito.Categorization.Pipeline;
using Ito.Contracts;
using Ito.Contracts.Markets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Markets;

/// <summary>
/// Runs the pipeline on a stored market with its active override and records the outcome; when the outcome changed
/// it adds <see cref="MarketCategorized"/> to the outbox of the same unit of work. Saving is the caller's.
/// </summary>
public sealed class MarketCategorizer(CategorizationDbContext db, CategorizationPipeline pipeline, TimeProvider clock)
{
    public async Task<MarketOverride?> ActiveOverrideAsync(MarketId marketId, CancellationToken cancellationToken) =>
        await db.Overrides.SingleOrDefaultAsync(o => o.MarketId == marketId && o.DeletedAt == null, cancellationToken);

    /// <summary>Categorizes with the market's active override as stored; true when an event was raised.</summary>
    public async Task<bool> CategorizeAsync(MarketCategorization market, CancellationToken cancellationToken) =>
        Categorize(market, await ActiveOverrideAsync(market.MarketId, cancellationToken));

    /// <summary>
    /// Categorizes with <paramref name="activeOverride"/> (null: none). <paramref name="announce"/> raises the event
    /// even when the outcome is unchanged, for an admin's decision that the rest of the system should hear at once.
    /// </summary>
    public bool Categorize(MarketCategorization market, MarketOverride? activeOverride, bool announce = false)
    {
        var result = pipeline.Categorize(market.Text.ToPipelineInput(activeOverride?.ToPipelineOverride()));
        if (!market.Record(result, clock.GetUtcNow()) && !announce) return false;
        db.AddIntegrationEvent(market.ToEvent());
        return true;
    }
}
