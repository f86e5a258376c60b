using Ito.Trading.Baskets;
using Ito.Trading.Credentials;
using Ito.Trading.Markets;
using Ito.Trading.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Trading.Data.EntityConfigurations;

internal sealed class TradeConfiguration : IEntityTypeConfiguration<Trade>
{
    public void Configure(EntityTypeBuilder<Trade> builder)
    {
        builder.ToTable("trades");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.MarketId).HasMaxLength(240).IsRequired();
        builder.Property(t => t.Mode).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(8);
        builder.Property(t => t.Action).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(t => new { t.UserId, t.At });
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("positions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MarketId).HasMaxLength(240).IsRequired();
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(p => new { p.UserId, p.Mode, p.BasketId, p.MarketId, p.Outcome }).IsUnique();
        builder.Ignore(p => p.AverageCost);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class TradableBasketConfiguration : IEntityTypeConfiguration<TradableBasket>
{
    public void Configure(EntityTypeBuilder<TradableBasket> builder)
    {
        builder.ToTable("baskets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(12);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Visibility).HasConversion<string>().HasMaxLength(12);
        builder.Property(b => b.LegsJson).HasColumnType("jsonb");
        builder.Ignore(b => b.Legs);
        builder.Ignore(b => b.HasLegs);
    }
}

internal sealed class MarketQuoteConfiguration : IEntityTypeConfiguration<MarketQuote>
{
    public void Configure(EntityTypeBuilder<MarketQuote> builder)
    {
        builder.ToTable("market_quotes");
        builder.HasKey(q => q.MarketId);
        builder.Property(q => q.MarketId).HasMaxLength(240);
        builder.Ignore(q => q.YesMark);
    }
}

internal sealed class MarketRiskFactorConfiguration : IEntityTypeConfiguration<MarketRiskFactor>
{
    public void Configure(EntityTypeBuilder<MarketRiskFactor> builder)
    {
        builder.ToTable("market_risk_factors");
        builder.HasKey(f => new { f.MarketId, f.FactorId });
        builder.Property(f => f.MarketId).HasMaxLength(240);
        builder.Property(f => f.FactorId).HasMaxLength(100);
    }
}

internal sealed class VenueCredentialConfiguration : IEntityTypeConfiguration<VenueCredential>
{
    public void Configure(EntityTypeBuilder<VenueCredential> builder)
    {
        builder.ToTable("venue_credentials");
        builder.HasKey(c => new { c.UserId, c.Venue, c.Environment });
        builder.Property(c => c.Venue).HasConversion<string>().HasMaxLength(12);
        builder.Property(c => c.Environment).HasConversion<string>().HasMaxLength(8);
        builder.Property(c => c.Protected).IsRequired();
        builder.Property(c => c.Hint).HasMaxLength(8);
    }
}

internal sealed class TradingAccountConfiguration : IEntityTypeConfiguration<TradingAccount>
{
    public void Configure(EntityTypeBuilder<TradingAccount> builder)
    {
        builder.ToTable("trading_accounts");
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).ValueGeneratedNever();
    }
}
