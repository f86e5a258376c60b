using Ito.Contracts;

namespace Ito.AppHost.Infrastructure;

/// <summary>The three shared servers, whichever mode provides them.</summary>
internal sealed record InfrastructureResources(
    InfrastructureMode Mode,
    IResourceBuilder<IResourceWithConnectionString> PostgresAdmin,
    ReferenceExpression PostgresHost,
    ReferenceExpression PostgresPort,
    IResourceBuilder<IResourceWithConnectionString> Redis,
    IResourceBuilder<IResourceWithConnectionString> RabbitMq);

internal static class InfrastructureExtensions
{
    public static InfrastructureResources AddInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var mode = InfrastructureModeProbe.Decide(builder.Configuration["Infrastructure:Mode"]);
        Console.WriteLine($"[ito] infrastructure mode: {Describe(mode)}");
        // A plain parameter shows the mode on the dashboard's resource list.
        builder.AddParameter("infrastructure-mode", mode.ToString().ToLowerInvariant());

        return mode == InfrastructureMode.Containers ? builder.AddContainerInfrastructure() : builder.AddLocalInfrastructure();
    }

    private static string Describe(InfrastructureMode mode) => mode switch
    {
        InfrastructureMode.Containers => "containers (Aspire's PostgreSQL, Redis and RabbitMQ container resources)",
        _ => "local (PostgreSQL, Redis and RabbitMQ started as plain processes by deploy/local/start.sh)",
    };

    private static InfrastructureResources AddContainerInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres(ServiceNames.Postgres);
        var redis = builder.AddRedis(ServiceNames.Redis);
        var rabbitUser = builder.AddParameter("rabbitmq-user", "ito");
        // Generated (and kept with the user secrets) unless configured: a missing password must not stall the start.
        var rabbitPassword = builder.AddParameter("rabbitmq-password", new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
        var rabbit = builder.AddRabbitMQ(ServiceNames.RabbitMq, rabbitUser, rabbitPassword);

        var endpoint = postgres.Resource.PrimaryEndpoint;
        return new InfrastructureResources(
            InfrastructureMode.Containers,
            postgres,
            ReferenceExpression.Create($"{endpoint.Property(EndpointProperty.Host)}"),
            ReferenceExpression.Create($"{endpoint.Property(EndpointProperty.Port)}"),
            redis,
            rabbit);
    }

    private static InfrastructureResources AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var local = builder.Configuration.GetSection("Infrastructure:Local");
        var missing = new[] { "PostgresPort", "RedisPort", "RabbitMqPort" }.Where(k => string.IsNullOrWhiteSpace(local[k])).ToList();
        missing.AddRange(new[] { "postgres-password", "redis-password", "rabbitmq-password" }
            .Where(p => string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{p}"])));
        if (missing.Count > 0)
        {
            // Never start into a silent hang: without these the services would wait for servers that do not exist.
            throw new InvalidOperationException(
                $"Local infrastructure is not configured (missing: {string.Join(", ", missing)}). " +
                "Run deploy/local/start.sh first; it starts PostgreSQL, Redis and RabbitMQ and writes .local/infra.json.");
        }

        var pgPassword = builder.AddParameter("postgres-password", secret: true);
        var redisPassword = builder.AddParameter("redis-password", secret: true);
        var rabbitPassword = builder.AddParameter("rabbitmq-password", secret: true);
        var pgPort = local["PostgresPort"]!;

        var postgres = builder.AddConnectionString(ServiceNames.Postgres,
                ReferenceExpression.Create($"Host=127.0.0.1;Port={pgPort};Username=ito_admin;Password={pgPassword};Database=postgres"))
            .WithLocalHealthCheck(builder, ServiceNames.Postgres, LocalServerProbes.PostgresAsync);
        var redis = builder.AddConnectionString(ServiceNames.Redis,
                ReferenceExpression.Create($"127.0.0.1:{local["RedisPort"]!},password={redisPassword}"))
            .WithLocalHealthCheck(builder, ServiceNames.Redis, LocalServerProbes.RedisAsync);
        var rabbit = builder.AddConnectionString(ServiceNames.RabbitMq,
                ReferenceExpression.Create($"amqp://ito:{rabbitPassword}@127.0.0.1:{local["RabbitMqPort"]!}/ito"))
            .WithLocalHealthCheck(builder, ServiceNames.RabbitMq, LocalServerProbes.RabbitMqAsync);

        return new InfrastructureResources(
            InfrastructureMode.Local,
            postgres,
            ReferenceExpression.Create($"127.0.0.1"),
            ReferenceExpression.Create($"{pgPort}"),
            redis,
            rabbit);
    }
}
