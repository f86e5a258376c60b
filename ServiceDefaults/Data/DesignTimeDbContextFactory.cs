using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ito.ServiceDefaults.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's context without starting the service; no database is
/// contacted while migrations are generated.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design_time", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
