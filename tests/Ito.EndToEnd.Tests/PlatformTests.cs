using System.Net;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace Ito.EndToEnd.Tests;

/// <summary>The platform foundation: every resource up and healthy, and the gateway routing to the services.</summary>
[Collection(SystemCollection.Name)]
public sealed class PlatformTests(SystemFixture system)
{
    public static TheoryData<string> Services => new(SystemFixture.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_is_healthy_with_its_dependencies(string service)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await system.App.ResourceNotifications.WaitForResourceHealthyAsync(service, timeout.Token);

        using var client = system.App.CreateHttpClient(service, "http");
        var health = await client.GetAsync("/health", timeout.Token);
        var body = await health.Content.ReadAsStringAsync(timeout.Token);
        Assert.True(health.StatusCode == HttpStatusCode.OK, $"{service} /health: {(int)health.StatusCode} {body}");
        Assert.Equal("Healthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", timeout.Token)).StatusCode);
    }

    [Fact]
    public async Task The_gateway_serves_the_web_frontend()
    {
        var response = await system.Gateway.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Itô Markets", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_routes_the_api_to_the_owning_service_and_stamps_a_request_id()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/baskets/00000000-0000-0000-0000-000000000000/not-a-route");
        request.Headers.Add("X-Request-Id", "e2e-request-1");
        var response = await system.Gateway.SendAsync(request);

        // The baskets service answered (its ProblemDetails, not the web frontend's page).
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("e2e-request-1", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task The_caller_trace_continues_through_the_gateway_into_the_service()
    {
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/baskets/00000000-0000-0000-0000-000000000000/not-a-route");
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}-01");

        var response = await system.Gateway.SendAsync(request);

        // The service reports the trace it handled the request in: the caller's, continued by the gateway.
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
    }
}
