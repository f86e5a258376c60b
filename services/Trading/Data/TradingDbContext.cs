using Ito.ServiceDefaults.Data;
using Ito.Trading.Baskets;
using Ito.Trading.Credentials;
using Ito.Trading.Data.EntityConfigurations;
using Ito.Trading.Markets;
using Ito.Trading.Orders;
using Ito.Trading.Positions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Data;

/// <summary>The trading service's data, in schema <c>trading</c>.</summary>
public sealed class TradingDbContext(DbContextOptions<TradingDbContext> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "trading";

    public override string Schema => SchemaName;

    public DbSet<BasketOrder> BasketOrders => Set<BasketOrder>();

    public DbSet<LegOrder> LegOrders => Set<LegOrder>();

    public DbSet<OrderTransition> OrderTransitions => Set<OrderTransition>();

    public DbSet<Trade> Trades => Set<Trade>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<TradableBasket> Baskets => Set<TradableBasket>();

    public DbSet<MarketQuote> MarketQuotes => Set<MarketQuote>();

    public DbSet<MarketRiskFactor> MarketRiskFactors => Set<MarketRiskFactor>();

    public DbSet<VenueCredential> VenueCredentials => Set<VenueCredential>();

    public DbSet<TradingAccount> TradingAccounts => Set<TradingAccount>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public async Task<TradableBasket> FindOrAddBasketAsync(Guid basketId, CancellationToken cancellationToken)
    {
        var basket = await Baskets.SingleOrDefaultAsync(b => b.Id == basketId, cancellationToken);
        if (basket is null)
        {
            basket = new TradableBasket(basketId);
            Baskets.Add(basket);
        }

        return basket;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new BasketOrderConfiguration());
        modelBuilder.ApplyConfiguration(new LegOrderConfiguration());
        modelBuilder.ApplyConfiguration(new OrderTransitionConfiguration());
        modelBuilder.ApplyConfiguration(new TradeConfiguration());
        modelBuilder.ApplyConfiguration(new PositionConfiguration());
        modelBuilder.ApplyConfiguration(new TradableBasketConfiguration());
        modelBuilder.ApplyConfiguration(new MarketQuoteConfiguration());
        modelBuilder.ApplyConfiguration(new MarketRiskFactorConfiguration());
        modelBuilder.ApplyConfiguration(new VenueCredentialConfiguration());
        modelBuilder.ApplyConfiguration(new TradingAccountConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<BasketOrderId>().HaveConversion<BasketOrderIdConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(20, 8);
    }
}

internal sealed class TradingDbContextFactory() : DesignTimeDbContextFactory<TradingDbContext>(TradingDbContext.SchemaName);
