using Ito.MarketIngestion.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.MarketIngestion.Data.EntityConfigurations;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    public void Configure(EntityTypeBuilder<Market> builder)
    {
        builder.ToTable("markets");
        builder.HasKey(m => m.Id);
        builder.Ignore(m => m.MarketId);
        builder.Property(m => m.Id).HasMaxLength(220);
        builder.Property(m => m.Venue).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.VenueMarketId).HasMaxLength(200);
        builder.Property(m => m.EventId).HasMaxLength(220);
        builder.Property(m => m.Title).HasMaxLength(1000);
        builder.Property(m => m.Subtitle).HasMaxLength(1000);
        builder.Property(m => m.EventTitle).HasMaxLength(1000);
        builder.Property(m => m.Category).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Result).HasMaxLength(32);
        builder.Property(m => m.YesTokenId).HasMaxLength(100);
        builder.Property(m => m.NoTokenId).HasMaxLength(100);
        builder.Property(m => m.ContentHash).HasMaxLength(64);
        builder.Property(m => m.ClosedReason).HasMaxLength(64);

        // Title weighs most, then the event's title, then category and tags; rules text is too long and too alike
        // across a series to help ranking.
        builder.HasGeneratedTsVectorColumn(m => m.SearchVector, "english", m => new { m.Title, m.EventTitle, m.Subtitle, m.Category })
            .HasIndex(m => m.SearchVector).HasMethod("GIN");
        builder.HasIndex(m => m.EventId);
        // Pass 2 walks the open markets of one venue.
        builder.HasIndex(m => new { m.Venue, m.Id }).HasFilter("closed_at IS NULL").HasDatabaseName("ix_markets_open_by_venue");
        builder.HasIndex(m => m.CloseTime);
        builder.HasIndex(m => m.Status);
    }
}

internal sealed class VenueEventConfiguration : IEntityTypeConfiguration<VenueEvent>
{
    public void Configure(EntityTypeBuilder<VenueEvent> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(220);
        builder.Property(e => e.Venue).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.VenueEventId).HasMaxLength(200);
        builder.Property(e => e.Title).HasMaxLength(1000);
        builder.Property(e => e.Category).HasMaxLength(200);
    }
}
