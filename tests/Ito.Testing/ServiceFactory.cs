using System.Net.Http.Headers;
using Ito.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ito.Testing;

/// <summary>
/// Hosts one service in-process for integration tests, on its test class's own database and vhost, trusting
/// <see cref="Tokens"/> for the internal token. Clients it creates carry a token as the gateway would add it.
/// </summary>
public class ServiceFactory<TProgram>(IsolatedInfrastructure infrastructure, string serviceName) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public TestTokens Tokens { get; } = new();

    public string ServiceName => serviceName;

    /// <summary>Extra configuration for the service under test (set before the first client is created).</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{ServiceNames.DatabaseOf(serviceName)}", infrastructure.Database);
        builder.UseSetting($"ConnectionStrings:{ServiceNames.RabbitMq}", infrastructure.RabbitMq);
        builder.UseSetting($"ConnectionStrings:{ServiceNames.Redis}", infrastructure.Redis);
        foreach (var (key, value) in Tokens.Configuration) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>A client acting for <paramref name="userId"/> with the given role and scopes (all scopes by default).</summary>
    public HttpClient CreateClientFor(Guid userId, bool admin = false, IReadOnlyCollection<string>? scopes = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Tokens.For(serviceName, userId, admin, scopes));
        return client;
    }
}
