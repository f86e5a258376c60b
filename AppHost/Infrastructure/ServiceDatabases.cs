using Ito.Contracts;
using Microsoft.Extensions.Logging;

namespace Ito.AppHost.Infrastructure;

/// <summary>
/// One database (<c>ito</c>) with a schema per service, each reachable only by that service's own role.
/// The setup resource creates the database, roles and schemas once PostgreSQL answers; services wait for it.
/// </summary>
internal sealed class ServiceDatabases(
    IResourceBuilder<DatabaseSetupResource> setup,
    IReadOnlyDictionary<string, IResourceBuilder<ConnectionStringResource>> connections)
{
    public const string DatabaseName = "ito";

    public IResourceBuilder<DatabaseSetupResource> Setup { get; } = setup;

    public IResourceBuilder<ConnectionStringResource> For(string service) => connections[service];
}

internal sealed class DatabaseSetupResource(string name) : Resource(name), IResourceWithWaitSupport;

internal static class ServiceDatabaseExtensions
{
    public static ServiceDatabases AddServiceDatabases(this IDistributedApplicationBuilder builder, InfrastructureResources infrastructure)
    {
        var passwords = ServiceNames.WithDatabase.ToDictionary(
            service => service,
            // Generated afresh each run (the setup resets the role's password), shown masked on the dashboard.
            service => builder.AddParameter($"{service}-db-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true).Resource);

        var setup = builder.AddResource(new DatabaseSetupResource("database-setup"))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "DatabaseSetup",
                State = KnownResourceStates.NotStarted,
                Properties = [new("roles", string.Join(", ", ServiceNames.WithDatabase.Select(RoleOf)))],
            })
            .WaitFor(infrastructure.PostgresAdmin)
            .OnInitializeResource(async (resource, initialize, cancellationToken) =>
            {
                // Publishing BeforeResourceStartedEvent is what makes WaitFor(postgres) take effect for a custom resource.
                await initialize.Eventing.PublishAsync(new BeforeResourceStartedEvent(resource, initialize.Services), cancellationToken);
                await initialize.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Starting });
                try
                {
                    var adminConnection = await infrastructure.PostgresAdmin.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
                    var rolePasswords = new Dictionary<string, string>();
                    foreach (var (service, password) in passwords)
                    {
                        rolePasswords[service] = (await password.GetValueAsync(cancellationToken))!;
                    }
                    await DatabaseProvisioner.ProvisionAsync(adminConnection!, ServiceDatabases.DatabaseName, rolePasswords, cancellationToken);
                    initialize.Logger.LogInformation("Database {Database} ready: one role per service, limited to its schema", ServiceDatabases.DatabaseName);
                    await initialize.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Finished, ExitCode = 0 });
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    initialize.Logger.LogError("Database setup failed: {Reason}", ex.Message);
                    await initialize.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.FailedToStart, ExitCode = 1 });
                }
            });

        var connections = ServiceNames.WithDatabase.ToDictionary(
            service => service,
            service => builder.AddConnectionString(
                ServiceNames.DatabaseOf(service),
                ReferenceExpression.Create(
                    $"Host={infrastructure.PostgresHost};Port={infrastructure.PostgresPort};Database={ServiceDatabases.DatabaseName};Username={RoleOf(service)};Password={passwords[service]}")));

        return new ServiceDatabases(setup, connections);
    }

    public static string RoleOf(string service) => "ito_" + service;
}
