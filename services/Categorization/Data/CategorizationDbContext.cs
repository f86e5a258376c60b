using Ito.Categorization.Markets;
using Ito.Categorization.Overrides;
using Ito.Categorization.Recategorization;
using Ito.Categorization.ReferenceData;
using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Categorization.Data;

/// <summary>The categorization service's data, in schema <c>categorization</c>.</summary>
public sealed class CategorizationDbContext(DbContextOptions<CategorizationDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "categorization";

    public override string Schema => SchemaName;

    public DbSet<SystemBasketEntry> SystemBaskets => Set<SystemBasketEntry>();

    public DbSet<RiskFactorEntry> RiskFactors => Set<RiskFactorEntry>();

    public DbSet<MarketCategorization> MarketCategorizations => Set<MarketCategorization>();

    public DbSet<MarketOverride> Overrides => Set<MarketOverride>();

    public DbSet<RecategorizationJob> RecategorizationJobs => Set<RecategorizationJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CategorizationDbContext).Assembly);
    }
}

internal sealed class CategorizationDbContextFactory() : DesignTimeDbContextFactory<CategorizationDbContext>(CategorizationDbContext.SchemaName);
