using System.Text.Json;
using Ito.Categorization.Markets;
using Ito.Contracts.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Categorization.Data.EntityConfigurations;

internal sealed class MarketCategorizationConfiguration : IEntityTypeConfiguration<MarketCategorization>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<MarketCategorization> builder)
    {
        builder.ToTable("market_categorizations");
        builder.HasKey(m => m.MarketId);
        builder.Property(m => m.MarketId).HasConversion<MarketIdConverter>().HasMaxLength(MarketIdConverter.MaxLength).ValueGeneratedNever();
        // The text is read and written whole, never queried into: one JSON document.
        builder.Property(m => m.Text)
            .HasColumnType("jsonb")
            .HasConversion(text => text.ToJson(), json => ReceivedMarketText.FromJson(json),
                new ValueComparer<ReceivedMarketText>((a, b) => a!.ToJson() == b!.ToJson(), t => t.ToJson().GetHashCode(StringComparison.Ordinal), t => t));
        builder.Property(m => m.ContentHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Confidence).HasPrecision(5, 4);
        builder.Property(m => m.RiskFactors)
            .HasColumnType("jsonb")
            .HasConversion(
                factors => JsonSerializer.Serialize(factors, Json),
                json => JsonSerializer.Deserialize<List<RiskFactorScore>>(json, Json)!,
                new ValueComparer<IReadOnlyList<RiskFactorScore>>((a, b) => a!.SequenceEqual(b!), f => f.Count, f => f.ToList()));
        builder.Property(m => m.PipelineVersion).HasMaxLength(32);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasIndex(m => m.PipelineVersion);
        builder.HasIndex(m => m.CategorizedAt).HasFilter("\"NeedsReview\"").HasDatabaseName("ix_market_categorizations_review_queue");
    }
}
