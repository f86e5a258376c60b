using Ito.Baskets.Baskets;
using Ito.Baskets.Markets;
using Ito.Baskets.Suggestions;
using Ito.Contracts;
using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Data;

/// <summary>The baskets service's data, in schema <c>baskets</c>.</summary>
public sealed class BasketsDbContext(DbContextOptions<BasketsDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "baskets";

    public override string Schema => SchemaName;

    public DbSet<Basket> Baskets => Set<Basket>();

    public DbSet<Market> Markets => Set<Market>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public async Task<Market> FindOrAddMarketAsync(MarketId id, CancellationToken cancellationToken)
    {
        var market = await Markets.FindAsync([id], cancellationToken);
        if (market is null)
        {
            market = Market.Unlisted(id);
            Markets.Add(market);
        }
        return market;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BasketsDbContext).Assembly);
    }
}

internal sealed class BasketsDbContextFactory() : DesignTimeDbContextFactory<BasketsDbContext>(BasketsDbContext.SchemaName);
