using Ito.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ito.Pricing.Data;

/// <summary>The pricing service's data, in schema <c>pricing</c>.</summary>
public sealed class PricingDbContext(DbContextOptions<PricingDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "pricing";

    public override string Schema => SchemaName;
}

internal sealed class PricingDbContextFactory() : DesignTimeDbContextFactory<PricingDbContext>(PricingDbContext.SchemaName);
