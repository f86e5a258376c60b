using Ito.Contracts;
using Ito.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.ServiceDefaults.Data;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on its own database connection (<c>ConnectionStrings:{service}-db</c>, a
    /// role limited to the service's schema), with tracing, health check, migrations applied at start-up and the
    /// outbox dispatcher.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string serviceName)
        where TContext : ServiceDbContext
    {
        var connectionName = ServiceNames.DatabaseOf(serviceName);
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // Without this check Npgsql fails much later, deep inside the first query.
            throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured. Start the system through the AppHost " +
                "(see README.md) or set the connection string for this service.");
        }

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSaveChangesInterceptor>();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", serviceName))
            .AddInterceptors(services.GetRequiredService<OutboxSaveChangesInterceptor>()));

        // Retries stay off: consumers and the outbox run explicit transactions, and MassTransit already retries a
        // failed message as a whole.
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }
}
