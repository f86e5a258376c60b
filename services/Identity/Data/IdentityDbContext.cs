using Ito.Identity.Signing;
using Ito.ServiceDefaults.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.Data;

/// <summary>The identity service's data, in schema <c>identity</c>.</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "identity";

    public override string Schema => SchemaName;

    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    /// <summary>The Data Protection key ring, shared by every identity instance through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new SigningKeyConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

internal sealed class IdentityDbContextFactory() : DesignTimeDbContextFactory<IdentityDbContext>(IdentityDbContext.SchemaName);
