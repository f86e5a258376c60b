using Ito.Contracts;
using Ito.Identity.Data;
using Ito.ServiceDefaults.Auth;
using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using Ito.Identity.Signing;
using Microsoft.AspNetCore.DataProtection;

namespace Microsoft.Extensions.Hosting;

internal static class Extensions
{
    public static void AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext>(ServiceNames.Identity);
        builder.AddServiceBus(ServiceNames.Identity);
        builder.AddRedisClient(ServiceNames.Redis);
        builder.AddInternalAuthentication(ServiceNames.Identity);

        builder.Services.AddDataProtection()
            .SetApplicationName("ito-identity")
            .PersistKeysToDbContext<IdentityDbContext>();
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SigningKeyStore>());
    }
}
