using Ito.Identity.ApiKeys;
using Ito.Identity.Sessions;
using Ito.Identity.Signing;
using Ito.Identity.Users;
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

    public DbSet<User> Users => Set<User>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<ApiKeyUsage> ApiKeyUsage => Set<ApiKeyUsage>();

    /// <summary>The Data Protection key ring, shared by every identity instance through the database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new SigningKeyConfiguration());
        modelBuilder.ApplyConfiguration(new UserConfiguration());
        modelBuilder.ApplyConfiguration(new SessionConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyUsageConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

internal sealed class IdentityDbContextFactory() : DesignTimeDbContextFactory<IdentityDbContext>(IdentityDbContext.SchemaName);
