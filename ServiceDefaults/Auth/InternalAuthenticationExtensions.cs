using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Ito.ServiceDefaults.Auth;

public static class InternalAuthenticationExtensions
{
    /// <summary>
    /// Accepts only the internal token: issuer identity, audience this service, signed by a key identity publishes
    /// (<c>InternalAuth:MetadataAddress</c>, by default identity's discovery document through service discovery) or,
    /// in tests, a key set given inline (<c>InternalAuth:Jwks</c>).
    /// </summary>
    public static IHostApplicationBuilder AddInternalAuthentication(this IHostApplicationBuilder builder, string serviceName)
    {
        var section = builder.Configuration.GetSection("InternalAuth");
        var inlineJwks = section["Jwks"];
        var metadataAddress = section["MetadataAddress"] ?? "http://identity/.well-known/openid-configuration";

        builder.Services.AddHttpClient(nameof(InternalAuthenticationExtensions));
        builder.Services
            .AddAuthentication(InternalToken.Scheme)
            .AddJwtBearer(InternalToken.Scheme, options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = InternalToken.Issuer,
                    ValidAudience = InternalToken.AudienceFor(serviceName),
                    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                    NameClaimType = InternalToken.NameClaim,
                    RoleClaimType = InternalToken.RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RequireExpirationTime = true,
                };
                if (!string.IsNullOrWhiteSpace(inlineJwks))
                {
                    options.TokenValidationParameters.IssuerSigningKeys = new JsonWebKeySet(inlineJwks).GetSigningKeys();
                }
            });

        if (string.IsNullOrWhiteSpace(inlineJwks))
        {
            // The discovery document is fetched through service discovery ("http://identity" resolves to wherever
            // identity runs), and re-fetched when a token names a key it has not seen (key rotation).
            builder.Services.AddOptions<JwtBearerOptions>(InternalToken.Scheme)
                .Configure<IHttpClientFactory>((options, httpClients) =>
                {
                    var retriever = new HttpDocumentRetriever(httpClients.CreateClient(nameof(InternalAuthenticationExtensions))) { RequireHttps = false };
                    options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                        metadataAddress, new OpenIdConnectConfigurationRetriever(), retriever)
                    {
                        AutomaticRefreshInterval = TimeSpan.FromHours(1),
                        RefreshInterval = TimeSpan.FromSeconds(30),
                    };
                });
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(InternalToken.AdminRole))
            .AddScopePolicies();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
    }

    private static AuthorizationBuilder AddScopePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var scope in Scopes.All)
        {
            authorization.AddPolicy(Policies.Scope(scope), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => CurrentUser.HasScope(context.User, scope)));
        }
        return authorization;
    }
}
