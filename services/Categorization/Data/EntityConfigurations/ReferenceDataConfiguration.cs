using Ito.Categorization.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Categorization.Data.EntityConfigurations;

internal sealed class SystemBasketEntryConfiguration : IEntityTypeConfiguration<SystemBasketEntry>
{
    public void Configure(EntityTypeBuilder<SystemBasketEntry> builder)
    {
        builder.ToTable("system_baskets");
        builder.HasKey(b => b.Number);
        builder.Property(b => b.Number).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(100).IsRequired();
        builder.Property(b => b.Slug).HasMaxLength(100).IsRequired();
        builder.Property(b => b.TaxonomyVersion).HasMaxLength(32).IsRequired();
        builder.HasIndex(b => b.Slug).IsUnique();
    }
}

internal sealed class RiskFactorEntryConfiguration : IEntityTypeConfiguration<RiskFactorEntry>
{
    public void Configure(EntityTypeBuilder<RiskFactorEntry> builder)
    {
        builder.ToTable("risk_factors");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(100).ValueGeneratedNever();
        builder.Property(f => f.Description).IsRequired();
        builder.Property(f => f.TaxonomyVersion).HasMaxLength(32).IsRequired();
        builder.HasOne<SystemBasketEntry>().WithMany().HasForeignKey(f => f.SystemBasket).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.SystemBasket, f.Position });
    }
}
