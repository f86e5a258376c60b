using Ito.Categorization.Overrides;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Categorization.Data.EntityConfigurations;

internal sealed class MarketOverrideConfiguration : IEntityTypeConfiguration<MarketOverride>
{
    public void Configure(EntityTypeBuilder<MarketOverride> builder)
    {
        builder.ToTable("overrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.MarketId).HasConversion<MarketIdConverter>().HasMaxLength(MarketIdConverter.MaxLength);
        builder.Property(o => o.RiskFactorId).HasMaxLength(100);
        builder.Property(o => o.Reason).HasMaxLength(MarketOverride.ReasonMaxLength).IsRequired();
        builder.Property(o => o.DeletionReason).HasMaxLength(MarketOverride.ReasonMaxLength);
        builder.Ignore(o => o.IsActive);
        // One active override per market; two admins overriding at once collide here instead of both winning.
        builder.HasIndex(o => o.MarketId).IsUnique().HasFilter("\"DeletedAt\" IS NULL").HasDatabaseName("ux_overrides_active_market");
        builder.HasIndex(o => new { o.MarketId, o.CreatedAt });
    }
}
