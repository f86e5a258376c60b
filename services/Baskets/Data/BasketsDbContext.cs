using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Baskets.Data;

/// <summary>The baskets service's data, in schema <c>baskets</c>.</summary>
public sealed class BasketsDbContext(DbContextOptions<BasketsDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "baskets";

    public override string Schema => SchemaName;
}

internal sealed class BasketsDbContextFactory() : DesignTimeDbContextFactory<BasketsDbContext>(BasketsDbContext.SchemaName);
