using System.Security.Cryptography;
using Ito.Identity.Data;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Ito.Identity.Signing;

/// <summary>
/// Holds the active signing key. The first instance to start creates one; every instance loads the newest
/// unretired key. Retired keys stay published until tokens signed with them have expired.
/// </summary>
public sealed class SigningKeyStore(IServiceScopeFactory scopeFactory, IDataProtectionProvider dataProtection, ILogger<SigningKeyStore> logger)
    : IHostedService
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Ito.Identity.SigningKeys.v1");
    private InternalTokenIssuer? issuer;
    private string publicJwks = """{"keys":[]}""";
    private IReadOnlyList<SecurityKey> validationKeys = [];

    public InternalTokenIssuer Issuer => issuer ?? throw new InvalidOperationException("Signing keys are not loaded yet.");

    public string PublicJwks => publicJwks;

    /// <summary>The public keys, for identity's own validation of internal tokens (no HTTP round trip to itself).</summary>
    public IReadOnlyList<SecurityKey> ValidationKeys => validationKeys;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();

        var active = await db.SigningKeys.Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (active is null)
        {
            using var created = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            active = new SigningKey
            {
                KeyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
                ProtectedPrivateKey = protector.Protect(created.ExportPkcs8PrivateKey()),
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.SigningKeys.Add(active);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Created internal-token signing key {KeyId}", active.KeyId);
            }
            catch (DbUpdateException)
            {
                // Another instance created one at the same moment: use the newest.
                db.ChangeTracker.Clear();
                active = await db.SigningKeys.Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstAsync(cancellationToken);
            }
        }

        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(protector.Unprotect(active.ProtectedPrivateKey), out _);
        issuer = new InternalTokenIssuer(key, active.KeyId);
        publicJwks = issuer.PublicJwks();
        validationKeys = [.. new JsonWebKeySet(publicJwks).GetSigningKeys()];
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
