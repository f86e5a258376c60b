using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Ito.Identity.Signing;

internal static class OwnTokenValidation
{
    /// <summary>
    /// Identity validates internal tokens against the keys it holds, instead of fetching its own discovery document
    /// over HTTP (which would make it depend on itself at start-up). Keys configured inline (tests) still count.
    /// </summary>
    public static IServiceCollection ValidateInternalTokensWithOwnKeys(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(InternalToken.Scheme).PostConfigure<SigningKeyStore>((options, store) =>
        {
            var inline = options.TokenValidationParameters.IssuerSigningKeys?.ToArray() ?? [];
            options.ConfigurationManager = null;
            options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [.. store.ValidationKeys, .. inline];
        });
        return services;
    }
}
