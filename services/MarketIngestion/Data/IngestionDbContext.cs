using System.Text;
using Ito.MarketIngestion.Markets;
using Ito.MarketIngestion.Sync;
using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Data;

/// <summary>The market ingestion service's data, in schema <c>ingestion</c>.</summary>
public sealed class IngestionDbContext(DbContextOptions<IngestionDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "ingestion";

    public override string Schema => SchemaName;

    public DbSet<Market> Markets => Set<Market>();

    public DbSet<VenueEvent> Events => Set<VenueEvent>();

    public DbSet<SyncJob> SyncJobs => Set<SyncJob>();

    public DbSet<SyncSeenMarket> SyncSeenMarkets => Set<SyncSeenMarket>();

    public DbSet<SyncFailedPage> SyncFailedPages => Set<SyncFailedPage>();

    public DbSet<QuarantinedRecord> QuarantinedRecords => Set<QuarantinedRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IngestionDbContext).Assembly);

        // The bulk writers and search speak SQL to these tables; snake_case keeps that SQL free of quoting.
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("Ito.MarketIngestion", StringComparison.Ordinal) == true))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}

internal sealed class IngestionDbContextFactory() : DesignTimeDbContextFactory<IngestionDbContext>(IngestionDbContext.SchemaName);
