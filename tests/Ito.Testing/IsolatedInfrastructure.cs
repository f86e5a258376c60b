using Xunit;

namespace Ito.Testing;

/// <summary>
/// A class fixture giving one test class its own database and its own RabbitMQ vhost on the shared servers, so
/// test classes running in parallel never see each other's rows or messages.
/// </summary>
public sealed class IsolatedInfrastructure : IAsyncLifetime
{
    private readonly string name = "t_" + Guid.NewGuid().ToString("N")[..12];

    public TestInfrastructure Servers { get; private set; } = null!;

    public string Database { get; private set; } = "";

    public string RabbitMq { get; private set; } = "";

    public string VirtualHost => name;

    public string Redis => Servers.Redis;

    public async Task InitializeAsync()
    {
        Servers = await TestInfrastructure.GetAsync();
        Database = await Servers.CreateDatabaseAsync(name);
        await Servers.RabbitMqCtlAsync("add_vhost", name);
        await Servers.RabbitMqCtlAsync("set_permissions", "-p", name, Servers.RabbitMqUser, ".*", ".*", ".*");
        RabbitMq = Servers.RabbitMqUri(name);
    }

    public async Task DisposeAsync()
    {
        await Servers.DropDatabaseAsync(name);
        await Servers.RabbitMqCtlAsync("delete_vhost", name);
    }
}
