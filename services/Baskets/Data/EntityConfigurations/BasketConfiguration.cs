using Ito.Baskets.Baskets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Baskets.Data.EntityConfigurations;

internal sealed class BasketConfiguration : IEntityTypeConfiguration<Basket>
{
    public void Configure(EntityTypeBuilder<Basket> builder)
    {
        builder.ToTable("baskets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Name).HasMaxLength(Basket.NameMaxLength).IsRequired();
        builder.Property(b => b.Description).HasMaxLength(Basket.DescriptionMaxLength);
        builder.Property(b => b.Slug).HasMaxLength(100);
        builder.Property(b => b.Version).IsRowVersion();

        // Seeding twice, or from two instances at once, can never make a second basket 7.
        builder.HasIndex(b => b.SystemNumber).IsUnique().HasFilter("\"SystemNumber\" IS NOT NULL");
        builder.HasIndex(b => b.OwnerId);

        builder.OwnsMany(b => b.Legs, legs =>
        {
            legs.ToTable("basket_legs");
            legs.WithOwner().HasForeignKey("BasketId");
            legs.Property<long>("Id").UseIdentityAlwaysColumn();
            legs.HasKey("Id");
            legs.Property(l => l.MarketId).HasConversion<MarketIdConverter>().HasMaxLength(MarketIdConverter.MaxLength);
            legs.Property(l => l.Side).HasConversion<string>().HasMaxLength(10);
            // The weight exactly as given (no scale imposed); the normalized share on the 10^-8 grid.
            legs.Property(l => l.Weight).HasColumnType("numeric");
            legs.Property(l => l.NormalizedWeight).HasPrecision(10, LegWeights.Decimals);
            legs.HasIndex(l => l.MarketId);
        });
        builder.Navigation(b => b.Legs).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
