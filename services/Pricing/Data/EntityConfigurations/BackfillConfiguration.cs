using Ito.Pricing.Backfill;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Pricing.Data.EntityConfigurations;

internal sealed class BackfillJobConfiguration : IEntityTypeConfiguration<BackfillJob>
{
    public void Configure(EntityTypeBuilder<BackfillJob> builder)
    {
        builder.ToTable("backfill_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(j => j.BasketId).HasColumnName("basket_id");
        builder.Property(j => j.Days).HasColumnName("days");
        builder.Property(j => j.State).HasColumnName("state").HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.LegsTotal).HasColumnName("legs_total");
        builder.Property(j => j.LegsDone).HasColumnName("legs_done");
        builder.Property(j => j.SnapshotsWritten).HasColumnName("snapshots_written");
        builder.Property(j => j.Errors).HasColumnName("errors");
        builder.Property(j => j.Attempts).HasColumnName("attempts");
        builder.Property(j => j.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(j => j.CreatedAt).HasColumnName("created_at");
        builder.Property(j => j.StartedAt).HasColumnName("started_at");
        builder.Property(j => j.FinishedAt).HasColumnName("finished_at");
        builder.Ignore(j => j.IsActive);
        // One active job per basket: a second request finds the running one instead of starting another.
        builder.HasIndex(j => j.BasketId).IsUnique().HasFilter("state IN ('Queued', 'Running')").HasDatabaseName("ux_backfill_jobs_active_basket");
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
    }
}

internal sealed class VenueMarketReferenceConfiguration : IEntityTypeConfiguration<VenueMarketReference>
{
    public void Configure(EntityTypeBuilder<VenueMarketReference> builder)
    {
        builder.ToTable("venue_market_refs");
        builder.HasKey(r => r.MarketId);
        builder.Property(r => r.MarketId).HasColumnName("market_id").HasMaxLength(220);
        builder.Property(r => r.KalshiSeriesTicker).HasColumnName("kalshi_series_ticker").HasMaxLength(200);
        builder.Property(r => r.PolymarketYesTokenId).HasColumnName("polymarket_yes_token_id").HasMaxLength(100);
        builder.Property(r => r.ResolvedAt).HasColumnName("resolved_at");
    }
}
