using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ito.Identity.Tests.Harness;

/// <summary>
/// Stands in for every service behind the gateway: it validates the forwarded internal token against identity's
/// published keys, as a real service would, and answers with what it received.
/// </summary>
public sealed class EchoBackend(Func<IEnumerable<SecurityKey>> signingKeys, bool validateTokens = true) : IAsyncDisposable
{
    private WebApplication app = null!;

    public HttpMessageHandler Handler => app.GetTestServer().CreateHandler();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(EchoAsync);
        await app.StartAsync();
    }

    private async Task EchoAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        EchoedToken? token = null;
        if (validateTokens && authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(authorization["Bearer ".Length..], new TokenValidationParameters
            {
                ValidIssuer = InternalToken.Issuer,
                ValidateAudience = false,
                IssuerSigningKeys = signingKeys(),
            });
            token = result.IsValid
                ? new EchoedToken(true, (string)result.Claims[InternalToken.SubjectClaim], ((JsonWebToken)result.SecurityToken).Audiences.Single(),
                    (string)result.Claims[InternalToken.ScopeClaim], result.Claims.TryGetValue(InternalToken.ApiKeyClaim, out var keyId) ? (string)keyId : null,
                    result.Claims.TryGetValue(InternalToken.TestKeyClaim, out var testKey) && (string)testKey == "test")
                : new EchoedToken(false, null, null, null, null, false);
        }
        await context.Response.WriteAsJsonAsync(new Echo(context.Request.Method, context.Request.Path, token,
            [.. context.Request.Headers.Keys], context.Request.Headers.Cookie.ToString()));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public sealed record Echo(string Method, string Path, EchoedToken? Token, string[] Headers, string Cookie);

public sealed record EchoedToken(bool Valid, string? Subject, string? Audience, string? Scope, string? ApiKeyId, bool TestKey);
