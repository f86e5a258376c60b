using Ito.ServiceDefaults.Auth;

namespace Ito.Identity.Signing;

/// <summary>
/// The discovery document and key set services read (through service discovery) to verify internal tokens.
/// Not routed by the gateway: only services inside the system need them.
/// </summary>
public static class DiscoveryApi
{
    public static IEndpointRouteBuilder MapDiscoveryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", (HttpRequest request) =>
        {
            var origin = $"{request.Scheme}://{request.Host}";
            return TypedResults.Ok(new
            {
                issuer = InternalToken.Issuer,
                jwks_uri = origin + "/.well-known/jwks.json",
                id_token_signing_alg_values_supported = new[] { "ES256" },
            });
        }).ExcludeFromDescription();

        app.MapGet("/.well-known/jwks.json", (SigningKeyStore keys) =>
            TypedResults.Text(keys.PublicJwks, "application/json")).ExcludeFromDescription();
        return app;
    }
}
