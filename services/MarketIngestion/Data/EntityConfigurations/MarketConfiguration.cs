using Ito.MarketIngestion.Markets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Ito.MarketIngestion.Data.EntityConfigurations;

internal sealed class MarketConfiguration : IEntityTypeConfiguration<Market>
{
    // Columns only search reads, in SQL, so the entity does not carry them.
    private const string TitleVector = "TitleVector";
    private const string SearchFacets = "SearchFacets";
    private const string SearchKey = "SearchKey";

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

        // What search matches: title, event title, outcome and category; rules text is too long and too alike across
        // a series to help. The title alone ranks its matches first (see MarketSearch).
        builder.HasGeneratedTsVectorColumn(m => m.SearchVector, "english", m => new { m.Title, m.EventTitle, m.Subtitle, m.Category });
        builder.Property<NpgsqlTsVector>(TitleVector).IsRequired()
            .HasComputedColumnSql("to_tsvector('english'::regconfig, title::text)", stored: true);
        // The filters as lexemes ("venue:kalshi", "status:open", "category:politics") so the GIN index below answers
        // text and filters together and a search never reads rows that a filter then throws away.
        builder.Property<NpgsqlTsVector>(SearchFacets).IsRequired()
            .HasComputedColumnSql(
                "array_to_tsvector(ARRAY['venue:' || lower(venue::text), 'status:' || lower(status::text), 'category:' || lower(COALESCE(category, '')::text)])",
                stored: true);
        // A stable pseudo-random order within a rank: it interleaves the venues and, being unrelated to any text or
        // filter, lets a search walk it expecting matches at their overall density (see MarketSearch).
        builder.Property<long>(SearchKey).HasComputedColumnSql("hashtextextended(id::text, 0)", stored: true);
        builder.HasIndex(nameof(Market.SearchVector), TitleVector, SearchFacets)
            .HasMethod("GIN").HasDatabaseName("ix_markets_search");
        // Covering what a search tests, so walking the order reads the index alone, not a heap page per market.
        builder.HasIndex(SearchKey, nameof(Market.Id)).HasDatabaseName("ix_markets_search_order")
            .IncludeProperties(nameof(Market.SearchVector), TitleVector, SearchFacets, nameof(Market.CloseTime));
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
