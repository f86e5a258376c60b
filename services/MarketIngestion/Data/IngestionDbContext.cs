using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.MarketIngestion.Data;

/// <summary>The market ingestion service's data, in schema <c>ingestion</c>.</summary>
public sealed class IngestionDbContext(DbContextOptions<IngestionDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "ingestion";

    public override string Schema => SchemaName;
}

internal sealed class IngestionDbContextFactory() : DesignTimeDbContextFactory<IngestionDbContext>(IngestionDbContext.SchemaName);
