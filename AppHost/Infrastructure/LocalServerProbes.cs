using Microsoft.Extensions.DependencyInjection;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RabbitMQ.Client;

namespace Ito.AppHost.Infrastructure;

/// <summary>
/// Health checks for servers the AppHost did not start. Each speaks the server's protocol and authenticates,
/// because a bare TCP connect proves nothing (and DCP proxies accept any connection).
/// </summary>
internal static class LocalServerProbes
{
    public static async Task<HealthCheckResult> PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }

    public static async Task<HealthCheckResult> RedisAsync(string connectionString, CancellationToken cancellationToken)
    {
        var parts = connectionString.Split(',');
        var hostPort = parts[0].Split(':');
        var password = parts.Skip(1).Select(p => p.Split('=', 2)).Where(kv => kv[0] == "password").Select(kv => kv[1]).FirstOrDefault();

        using var client = new TcpClient();
        await client.ConnectAsync(hostPort[0], int.Parse(hostPort[1], System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var stream = client.GetStream();
        var commands = (password is null ? "" : $"AUTH {password}\r\n") + "PING\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(commands), cancellationToken);
        var buffer = new byte[256];
        var received = new StringBuilder();
        while (!received.ToString().Contains("+PONG", StringComparison.Ordinal) && !received.ToString().Contains('-', StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0) break;
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        return received.ToString().Contains("+PONG", StringComparison.Ordinal)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Redis did not answer PING (wrong password?)");
    }

    public static async Task<HealthCheckResult> RabbitMqAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        return connection.IsOpen ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("RabbitMQ connection closed");
    }

    /// <summary>Registers a health check that resolves the resource's connection string and runs <paramref name="probe"/>.</summary>
    public static IResourceBuilder<ConnectionStringResource> WithLocalHealthCheck(
        this IResourceBuilder<ConnectionStringResource> resource,
        IDistributedApplicationBuilder builder,
        string name,
        Func<string, CancellationToken, Task<HealthCheckResult>> probe)
    {
        var key = $"{name}-local-check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            key,
            _ => new DelegateHealthCheck(async ct =>
            {
                var connectionString = await resource.Resource.ConnectionStringExpression.GetValueAsync(ct);
                return await probe(connectionString!, ct);
            }),
            failureStatus: HealthStatus.Unhealthy,
            tags: null,
            timeout: TimeSpan.FromSeconds(5)));
        return resource.WithHealthCheck(key);
    }

    private sealed class DelegateHealthCheck(Func<CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                return await check(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        }
    }
}
