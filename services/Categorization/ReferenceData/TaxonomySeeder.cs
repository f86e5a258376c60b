using Ito.Categorization.Data;
using Ito.Categorization.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.ReferenceData;

/// <summary>
/// Copies the taxonomy file's baskets and risk factors into <c>system_baskets</c> and <c>risk_factors</c> at start-up,
/// after the migrations (hosted services start in order): rows are upserted by id with the taxonomy version, and
/// factors the file no longer has are removed, so the reference endpoints always serve the taxonomy the pipeline
/// runs on. Running it again changes nothing; two instances starting at once collide on the keys and the loser
/// retries against what the winner wrote.
/// </summary>
public sealed class TaxonomySeeder(IServiceScopeFactory scopes, CategorizationTaxonomy taxonomy, ILogger<TaxonomySeeder> logger) : IHostedService
{
    private const int Attempts = 3;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SeedAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                logger.LogInformation("Another instance wrote the taxonomy at the same time; reading it again");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CategorizationDbContext>();
        var version = taxonomy.Version;

        var baskets = await db.SystemBaskets.ToDictionaryAsync(b => b.Number, cancellationToken);
        var changed = 0;
        foreach (var basket in taxonomy.Baskets)
        {
            if (!baskets.TryGetValue(basket.Number, out var row)) { db.SystemBaskets.Add(SystemBasketEntry.From(basket, version)); changed++; }
            else if (row.Update(basket, version)) changed++;
        }

        var factors = await db.RiskFactors.ToDictionaryAsync(f => f.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var factor in taxonomy.Factors)
        {
            if (!factors.Remove(factor.Id, out var row)) { db.RiskFactors.Add(RiskFactorEntry.From(factor, version)); changed++; }
            else if (row.Update(factor, version)) changed++;
        }
        // What is left was dropped from the taxonomy; an override naming it is ignored by the pipeline.
        db.RiskFactors.RemoveRange(factors.Values);
        changed += factors.Count;

        if (changed == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Taxonomy {Version}: {Changed} system basket and risk factor rows written", version, changed);
    }
}
