using Ito.AppHost.Infrastructure;
using Ito.Contracts;

namespace Ito.AppHost;

internal static class ServiceResources
{
    /// <summary>
    /// A backend service: its own database connection (a role limited to its schema), Redis, RabbitMQ, and identity
    /// for the internal token's signing keys. It starts once its dependencies are healthy.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddBackendService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        InfrastructureResources infrastructure,
        ServiceDatabases databases,
        IResourceBuilder<ProjectResource>? identity = null)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithHttpHealthCheck("/health")
            .WithReference(databases.For(name))
            .WaitForCompletion(databases.Setup)
            .WithReference(infrastructure.Redis).WaitFor(infrastructure.Redis)
            .WithReference(infrastructure.RabbitMq).WaitFor(infrastructure.RabbitMq);
        if (identity is not null)
        {
            service.WithReference(identity);
        }
        return service;
    }

    /// <summary>The gateway resolves each route's cluster ("http://baskets") through service discovery.</summary>
    public static IResourceBuilder<ProjectResource> WithRoutesTo(
        this IResourceBuilder<ProjectResource> gateway, params IResourceBuilder<ProjectResource>[] services)
    {
        foreach (var service in services)
        {
            gateway.WithReference(service).WaitFor(service);
        }
        return gateway;
    }
}
