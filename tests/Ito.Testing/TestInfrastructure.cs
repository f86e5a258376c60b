using System.Diagnostics;
using System.Text.Json;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace Ito.Testing;

/// <summary>
/// The real PostgreSQL, Redis and RabbitMQ every integration test runs against, started once per test run:
/// Testcontainers where a container engine answers, otherwise the local servers started by
/// <c>deploy/local/start.sh</c>. It says which on standard error.
/// </summary>
public sealed class TestInfrastructure
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static TestInfrastructure? shared;

    private readonly Func<string[], Task<string>> rabbitMqCtl;

    private TestInfrastructure(string mode, string postgresAdmin, string redis, string rabbitMqHost, int rabbitMqPort,
        string rabbitMqUser, string rabbitMqPassword, Func<string[], Task<string>> rabbitMqCtl)
    {
        Mode = mode;
        PostgresAdmin = postgresAdmin;
        Redis = redis;
        RabbitMqHost = rabbitMqHost;
        RabbitMqPort = rabbitMqPort;
        RabbitMqUser = rabbitMqUser;
        RabbitMqPassword = rabbitMqPassword;
        this.rabbitMqCtl = rabbitMqCtl;
    }

    public string Mode { get; }

    /// <summary>A superuser connection to the <c>postgres</c> database (tests create their own databases with it).</summary>
    public string PostgresAdmin { get; }

    public string Redis { get; }

    public string RabbitMqHost { get; }

    public int RabbitMqPort { get; }

    public string RabbitMqUser { get; }

    public string RabbitMqPassword { get; }

    public string RabbitMqUri(string vhost) =>
        $"amqp://{Uri.EscapeDataString(RabbitMqUser)}:{Uri.EscapeDataString(RabbitMqPassword)}@{RabbitMqHost}:{RabbitMqPort}/{Uri.EscapeDataString(vhost)}";

    /// <summary>Runs rabbitmqctl against the broker (vhosts; stopping and starting the broker in outage tests).</summary>
    public Task<string> RabbitMqCtlAsync(params string[] args) => rabbitMqCtl(args);

    public static async Task<TestInfrastructure> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return shared ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<TestInfrastructure> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("ITO_TEST_INFRASTRUCTURE") != "local")
        {
            try
            {
                return await StartContainersAsync();
            }
            catch (DockerUnavailableException)
            {
                // No engine here: the local servers are the real thing instead.
            }
        }
        return FromLocalServers();
    }

    private static async Task<TestInfrastructure> StartContainersAsync()
    {
        var postgres = new PostgreSqlBuilder("postgres:15").Build();
        var redis = new RedisBuilder("redis:7").Build();
        var rabbit = new RabbitMqBuilder("rabbitmq:3.10").WithUsername("ito").WithPassword("ito-test").Build();
        await Task.WhenAll(postgres.StartAsync(), redis.StartAsync(), rabbit.StartAsync());
        Console.Error.WriteLine("[tests] infrastructure: Testcontainers (postgres:15, redis:7, rabbitmq:3.10)");

        async Task<string> Ctl(string[] args)
        {
            var result = await rabbit.ExecAsync(["rabbitmqctl", "-q", .. args]);
            if (result.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed: {result.Stderr}");
            return result.Stdout;
        }

        return new TestInfrastructure("containers", postgres.GetConnectionString(), redis.GetConnectionString(),
            rabbit.Hostname, rabbit.GetMappedPublicPort(5672), "ito", "ito-test", Ctl);
    }

    private static TestInfrastructure FromLocalServers()
    {
        var infraJson = RepositoryPaths.InRepository(".local", "infra.json");
        if (!File.Exists(infraJson))
        {
            throw new InvalidOperationException(
                "No container engine and no local servers: run deploy/local/start.sh first (it writes .local/infra.json).");
        }
        Console.Error.WriteLine("[tests] infrastructure: local servers from deploy/local/start.sh (no container engine)");

        using var document = JsonDocument.Parse(File.ReadAllText(infraJson));
        var local = document.RootElement.GetProperty("Infrastructure").GetProperty("Local");
        var rabbitUri = new Uri(local.GetProperty("RabbitMq").GetString()!);
        var userInfo = rabbitUri.UserInfo.Split(':', 2);
        var ctlScript = RepositoryPaths.InRepository("deploy", "local", "rabbitmqctl.sh");

        async Task<string> Ctl(string[] args)
        {
            var start = new ProcessStartInfo(ctlScript) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', args)} failed: {error}");
            return output;
        }

        return new TestInfrastructure("local", local.GetProperty("Postgres").GetString()!, local.GetProperty("Redis").GetString()!,
            rabbitUri.Host, rabbitUri.Port, Uri.UnescapeDataString(userInfo[0]), Uri.UnescapeDataString(userInfo[1]), Ctl);
    }

    /// <summary>Creates an empty database for one test class; returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
