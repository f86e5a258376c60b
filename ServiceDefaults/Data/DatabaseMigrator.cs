using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ito.ServiceDefaults.Data;

/// <summary>
/// Applies the service's EF Core migrations before the service starts taking traffic. The database may still be
/// starting (the AppHost starts everything at once), so it retries for a while, then fails the start with the
/// reason instead of serving requests against a schema that is not there.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(IServiceProvider services, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    private static readonly ActivitySource ActivitySource = new("Ito.ServiceDefaults.Migrations");
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = ActivitySource.StartActivity($"Migrate {typeof(TContext).Name}");
        var started = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database {Context} is up to date ({Applied} migrations applied)", typeof(TContext).Name, pending.Count);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && started.Elapsed < GiveUpAfter)
            {
                logger.LogWarning("Migrating {Context} failed (attempt {Attempt}): {Reason}; retrying", typeof(TContext).Name, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
