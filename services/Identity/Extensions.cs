using Ito.Contracts;
using Ito.Identity.ApiKeys;
using Ito.Identity.Data;
using Ito.Identity.Sessions;
using Ito.Identity.Signing;
using Ito.Identity.Users;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ServiceNames.Identity);
        builder.AddServiceBus(ServiceNames.Identity);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Identity);
        builder.Services.ValidateInternalTokensWithOwnKeys();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeysApi.SessionUserPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == InternalToken.ApiKeyClaim)));

        builder.Services.AddDataProtection()
            .SetApplicationName("ito-identity")
            .PersistKeysToDbContext<IdentityDbContext>();
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SigningKeyStore>());

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        builder.Services.AddSingleton<SessionCookies>();
        builder.Services.AddOpenApi();
    }
}
