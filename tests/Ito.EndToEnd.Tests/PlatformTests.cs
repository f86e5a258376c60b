using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Ito.Contracts;

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
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        // /health answers for the service's dependencies, not only for the process.
        var checks = report.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetProperty("status").GetString());
        Assert.All(DependenciesOf(service), dependency => Assert.True(checks.TryGetValue(dependency, out var status) && status == "Healthy",
            $"{service} /health has no healthy '{dependency}' check: {body}"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive", timeout.Token)).StatusCode);
    }

    private static string[] DependenciesOf(string service) => service switch
    {
        ServiceNames.Identity => ["IdentityDbContext", Bus, Redis],
        ServiceNames.MarketIngestion => ["IngestionDbContext", Bus, Redis],
        ServiceNames.Categorization => ["CategorizationDbContext", Bus],
        ServiceNames.Baskets => ["BasketsDbContext", Bus, Redis],
        ServiceNames.Pricing => ["PricingDbContext", Bus, Redis],
        ServiceNames.Trading => ["TradingDbContext", Bus, Redis],
        ServiceNames.Gateway => [Bus, Redis],
        ServiceNames.Web => [Redis],
        _ => [],
    };

    private const string Bus = "masstransit-bus";
    private const string Redis = "StackExchange.Redis";

    [Fact]
    public async Task The_gateway_serves_the_web_frontend()
    {
        var response = await system.Gateway.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Itô Markets", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_refuses_anonymous_callers_with_a_problem()
    {
        var response = await system.Gateway.GetAsync("/api/v1/system-baskets");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_registered_user_reads_the_system_baskets_through_the_gateway()
    {
        using var user = await SignedInUserAsync();

        var response = await user.GetAsync("/api/v1/system-baskets");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var baskets = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var items = baskets.ValueKind == JsonValueKind.Array ? baskets : baskets.GetProperty("items");
        Assert.Equal(18, items.GetArrayLength());
    }

    [Fact]
    public async Task The_gateway_routes_to_the_owning_service_stamps_a_request_id_and_continues_the_callers_trace()
    {
        using var user = await SignedInUserAsync();
        var traceId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/baskets/{Guid.NewGuid()}");
        request.Headers.Add("X-Request-Id", "e2e-request-1");
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-01");

        var response = await user.SendAsync(request);

        // The baskets service answered with its ProblemDetails, in the caller's trace, continued by the gateway.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("e2e-request-1", response.Headers.GetValues("X-Request-Id").Single());
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(traceId, problem.GetProperty("traceId").GetString());
    }

    /// <summary>Registers a new user and logs in through the gateway; the client keeps the session cookie.</summary>
    private async Task<HttpClient> SignedInUserAsync()
    {
        var client = system.CreateGatewayClientWithCookies();
        var name = "e2e" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        const string password = "correct horse battery staple 42";
        var register = await client.PostAsJsonAsync("/api/internal/auth/register", new { userName = name, email = $"{name}@example.test", password });
        Assert.True(register.IsSuccessStatusCode, $"register: {(int)register.StatusCode} {await register.Content.ReadAsStringAsync()}");
        var login = await client.PostAsJsonAsync("/api/internal/auth/login", new { userName = name, password });
        Assert.True(login.IsSuccessStatusCode, $"login: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        return client;
    }
}
