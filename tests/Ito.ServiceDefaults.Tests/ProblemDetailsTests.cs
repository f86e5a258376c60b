using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace Ito.ServiceDefaults.Tests;

/// <summary>Every error leaves a service as an RFC 9457 ProblemDetails with a stable type and no internals.</summary>
public sealed class ProblemDetailsTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapGet("/boom", string () => throw new InvalidOperationException("connection string Password=hunter2"));
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_unknown_route_is_a_not_found_problem()
    {
        var response = await client.GetAsync("/nowhere");
        var problem = await ReadProblemAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("https://docs.itomarkets.dev/problems/not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_exception_is_a_server_error_problem_that_reveals_nothing()
    {
        var response = await client.GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();
        var problem = await ReadProblemAsync(response);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("https://docs.itomarkets.dev/problems/server-error", problem.GetProperty("type").GetString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_and_alive_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    private static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
