using System.Net;
using System.Net.Http.Headers;
using Ito.ServiceDefaults.Auth;
using Ito.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ito.ServiceDefaults.Tests.Auth;

/// <summary>A service accepts the internal token for its own audience and nothing else.</summary>
public sealed class InternalAuthenticationTests : IAsyncLifetime
{
    private const string Service = "baskets";
    private readonly TestTokens tokens = new();
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(tokens.Configuration);
        builder.AddServiceDefaults();
        builder.AddInternalAuthentication(Service);
        app = builder.Build();
        app.MapDefaultEndpoints();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/whoami", (CurrentUser user) => new { user.Id, user.IsAdmin }).RequireAuthorization(Policies.Authenticated);
        app.MapPost("/write", () => "written").RequireAuthorization(Policies.Scope(Scopes.BasketsWrite));
        app.MapGet("/admin", () => "admin").RequireAuthorization(Policies.Admin);
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_valid_token_identifies_the_caller()
    {
        var userId = Guid.NewGuid();
        var response = await SendAsync(HttpMethod.Get, "/whoami", tokens.For(Service, userId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(userId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_service_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/whoami", tokens.For("trading"))).StatusCode);

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await SendAsync(HttpMethod.Get, "/whoami", tokens.For(Service, lifetime: TimeSpan.FromMinutes(-5)))).StatusCode);

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/whoami", new TestTokens().For(Service))).StatusCode);

    [Fact]
    public async Task Plain_identity_headers_authenticate_nobody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Add("X-User-Id", Guid.NewGuid().ToString());
        request.Headers.Add("X-User-Role", "admin");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_scope_is_forbidden_and_a_held_scope_is_allowed()
    {
        var readOnly = tokens.For(Service, scopes: [Scopes.BasketsRead]);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/write", readOnly)).StatusCode);
        var writer = tokens.For(Service, scopes: [Scopes.BasketsWrite]);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/write", writer)).StatusCode);
    }

    [Fact]
    public async Task Only_admins_pass_the_admin_policy()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/admin", tokens.For(Service))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/admin", tokens.For(Service, admin: true))).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
