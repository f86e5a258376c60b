using Ito.Pricing.Baskets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Pricing.Data.EntityConfigurations;

internal sealed class StoredBasketConfiguration : IEntityTypeConfiguration<StoredBasket>
{
    public void Configure(EntityTypeBuilder<StoredBasket> builder)
    {
        builder.ToTable("baskets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(b => b.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.OwnerId).HasColumnName("owner_id");
        builder.Property(b => b.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
        builder.Property(b => b.UpdatedAt).HasColumnName("updated_at");
        builder.Property(b => b.Visibility).HasColumnName("visibility").HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.VisibilitySetAt).HasColumnName("visibility_set_at");
        builder.HasMany(b => b.Legs).WithOne().HasForeignKey(l => l.BasketId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredBasketLegConfiguration : IEntityTypeConfiguration<StoredBasketLeg>
{
    public void Configure(EntityTypeBuilder<StoredBasketLeg> builder)
    {
        builder.ToTable("basket_legs");
        builder.HasKey(l => new { l.BasketId, l.MarketId });
        builder.Property(l => l.BasketId).HasColumnName("basket_id");
        builder.Property(l => l.MarketId).HasColumnName("market_id").HasMaxLength(220);
        builder.Property(l => l.Side).HasColumnName("side").HasConversion<string>().HasMaxLength(5);
        builder.Property(l => l.Weight).HasColumnName("weight").HasPrecision(18, 8);
        builder.HasIndex(l => l.MarketId);
    }
}
