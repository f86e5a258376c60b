using Ito.Pricing.Backfill;
using Ito.Pricing.Baskets;
using Ito.Pricing.Data.EntityConfigurations;
using Ito.Pricing.History;
using Ito.Pricing.Prices;
using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Data;

/// <summary>The pricing service's data, in schema <c>pricing</c>.</summary>
public sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "pricing";

    public override string Schema => SchemaName;

    public DbSet<StoredMarketQuote> MarketQuotes => Set<StoredMarketQuote>();

    public DbSet<StoredBasket> Baskets => Set<StoredBasket>();

    public DbSet<StoredBasketLeg> BasketLegs => Set<StoredBasketLeg>();

    public DbSet<LatestBasketPrice> LatestBasketPrices => Set<LatestBasketPrice>();

    public DbSet<BasketSnapshot> BasketSnapshots => Set<BasketSnapshot>();

    public DbSet<BasketHistoryBar> BasketHistory => Set<BasketHistoryBar>();

    public DbSet<BackfillJob> BackfillJobs => Set<BackfillJob>();

    public DbSet<VenueMarketReference> VenueMarketReferences => Set<VenueMarketReference>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StoredBasketConfiguration).Assembly);
    }
}

internal sealed class PricingDbContextFactory() : DesignTimeDbContextFactory<PricingDbContext>(PricingDbContext.SchemaName);
