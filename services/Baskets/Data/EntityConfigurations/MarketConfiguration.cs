using Ito.Baskets.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Baskets.Data.EntityConfigurations;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.ToTable("markets");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasConversion<MarketIdConverter>().HasMaxLength(MarketIdConverter.MaxLength).ValueGeneratedNever();
        builder.Property(m => m.Venue).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Title).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(m => m.SystemBasket);
    }
}
