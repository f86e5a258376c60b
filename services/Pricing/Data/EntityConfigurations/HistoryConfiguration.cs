using Ito.Pricing.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Pricing.Data.EntityConfigurations;

internal sealed class BasketSnapshotConfiguration : IEntityTypeConfiguration<BasketSnapshot>
{
    public void Configure(EntityTypeBuilder<BasketSnapshot> builder)
    {
        builder.ToTable("basket_snapshots");
        builder.HasKey(s => new { s.BasketId, s.At });
        builder.Property(s => s.BasketId).HasColumnName("basket_id");
        builder.Property(s => s.At).HasColumnName("at");
        builder.Property(s => s.Price).HasColumnName("price").HasPrecision(18, 8);
    }
}

internal sealed class BasketHistoryBarConfiguration : IEntityTypeConfiguration<BasketHistoryBar>
{
    public void Configure(EntityTypeBuilder<BasketHistoryBar> builder)
    {
        builder.ToTable("basket_history");
        builder.HasKey(h => new { h.BasketId, h.Interval, h.BucketStart });
        builder.Property(h => h.BasketId).HasColumnName("basket_id");
        builder.Property(h => h.Interval).HasColumnName("interval").HasMaxLength(4);
        builder.Property(h => h.BucketStart).HasColumnName("bucket_start");
        builder.Property(h => h.Open).HasColumnName("open").HasPrecision(18, 8);
        builder.Property(h => h.High).HasColumnName("high").HasPrecision(18, 8);
        builder.Property(h => h.Low).HasColumnName("low").HasPrecision(18, 8);
        builder.Property(h => h.Close).HasColumnName("close").HasPrecision(18, 8);
        builder.Property(h => h.Filled).HasColumnName("filled");
    }
}
