using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Data;

/// <summary>The trading service's data, in schema <c>trading</c>.</summary>
public sealed class TradingDbContext(DbContextOptions<TradingDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "trading";

    public override string Schema => SchemaName;
}

internal sealed class TradingDbContextFactory() : DesignTimeDbContextFactory<TradingDbContext>(TradingDbContext.SchemaName);
