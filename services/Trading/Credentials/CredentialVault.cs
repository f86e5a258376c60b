using System.Text.Json;
using Ito.Contracts;
using Ito.Trading.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Ito.Trading.Credentials;

/// <summary>
/// Encrypts and decrypts users' venue credentials. The Data Protection key ring lives in the trading schema, so
/// every replica (and a restart) can read what another one wrote.
/// </summary>
public sealed class CredentialVault(IDataProtectionProvider provider, TradingDbContext db)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Ito.Trading.VenueCredentials.v1");

    public string Protect<T>(T secrets) => _protector.Protect(JsonSerializer.Serialize(secrets));

    public async Task<KalshiSecrets?> KalshiAsync(Guid userId, VenueEnvironment environment, CancellationToken cancellationToken) =>
        await ReadAsync<KalshiSecrets>(userId, Venue.Kalshi, environment, cancellationToken);

    public async Task<PolymarketSecrets?> PolymarketAsync(Guid userId, CancellationToken cancellationToken) =>
        await ReadAsync<PolymarketSecrets>(userId, Venue.Polymarket, VenueEnvironment.Live, cancellationToken);

    private async Task<T?> ReadAsync<T>(Guid userId, Venue venue, VenueEnvironment environment, CancellationToken cancellationToken) where T : class
    {
        var stored = await db.VenueCredentials.AsNoTracking()
            .SingleOrDefaultAsync(c => c.UserId == userId && c.Venue == venue && c.Environment == environment, cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize<T>(_protector.Unprotect(stored.Protected));
    }
}
