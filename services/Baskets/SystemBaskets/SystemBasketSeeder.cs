using Ito.Baskets.Baskets;
using Ito.Baskets.Data;
using Ito.Contracts.Baskets;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.SystemBaskets;

/// <summary>
/// Creates whichever of the 18 system baskets do not exist yet, at start-up, after the migrations (hosted services
/// start in order). Running it again creates nothing; two instances starting at once collide on the unique system
/// number and the loser finds the baskets there. Each new basket emits <see cref="BasketCreated"/>.
/// </summary>
public sealed class SystemBasketSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SystemBasketSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BasketsDbContext>();
        var existing = await db.Baskets.Where(b => b.Kind == BasketKind.System).Select(b => b.SystemNumber).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var missing = SystemBasketCatalog.All.Where(d => !existing.Contains(d.Number)).ToList();
        if (missing.Count == 0) return;

        foreach (var definition in missing)
        {
            var basket = Basket.CreateSystem(definition, now);
            db.Baskets.Add(basket);
            db.AddIntegrationEvent(new BasketCreated(basket.Id, basket.Kind, null, basket.Name, [], now, basket.Visibility));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Created {Count} system baskets", missing.Count);
        }
        catch (DbUpdateException)
        {
            if (!await AllExistAsync(scopes, cancellationToken)) throw;
            logger.LogInformation("Another instance created the system baskets first");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> AllExistAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BasketsDbContext>();
        return await db.Baskets.CountAsync(b => b.Kind == BasketKind.System, cancellationToken) == SystemBasketCatalog.All.Count;
    }
}
