using Ito.MarketIngestion.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.MarketIngestion.Data.EntityConfigurations;

internal sealed class SyncJobConfiguration : IEntityTypeConfiguration<SyncJob>
{
    public void Configure(EntityTypeBuilder<SyncJob> builder)
    {
        builder.ToTable("sync_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Trigger).HasMaxLength(32);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.KalshiCursor).HasMaxLength(2000);
        builder.Property(j => j.PolymarketCursor).HasMaxLength(2000);
        builder.Property(j => j.Error).HasMaxLength(1000);
        // At most one running job, whatever the number of instances: the database refuses a second one.
        builder.HasIndex(j => j.State).HasFilter("state = 'Running'").IsUnique().HasDatabaseName("ux_sync_jobs_one_running");
        builder.HasIndex(j => j.StartedAt);
    }
}

internal sealed class SyncSeenMarketConfiguration : IEntityTypeConfiguration<SyncSeenMarket>
{
    public void Configure(EntityTypeBuilder<SyncSeenMarket> builder)
    {
        builder.ToTable("sync_seen_markets");
        builder.HasKey(s => new { s.SyncJobId, s.MarketId });
        builder.Property(s => s.MarketId).HasMaxLength(220);
    }
}

internal sealed class SyncFailedPageConfiguration : IEntityTypeConfiguration<SyncFailedPage>
{
    public void Configure(EntityTypeBuilder<SyncFailedPage> builder)
    {
        builder.ToTable("sync_failed_pages");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Venue).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Cursor).HasMaxLength(2000);
        builder.Property(p => p.Error).HasMaxLength(1000);
        builder.HasIndex(p => p.SyncJobId);
    }
}

internal sealed class QuarantinedRecordConfiguration : IEntityTypeConfiguration<QuarantinedRecord>
{
    public void Configure(EntityTypeBuilder<QuarantinedRecord> builder)
    {
        builder.ToTable("quarantined_records");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Venue).HasConversion<string>().HasMaxLength(16);
        builder.Property(q => q.RawId).HasMaxLength(300);
        builder.Property(q => q.Reason).HasMaxLength(300);
        builder.Property(q => q.PayloadExcerpt).HasMaxLength(QuarantinedRecord.ExcerptLength);
        builder.HasIndex(q => q.SyncJobId);
    }
}
