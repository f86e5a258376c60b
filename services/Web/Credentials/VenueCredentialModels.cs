namespace Ito.Web.Credentials;

/// <summary>
/// What trading tells about a user's venue keys (<c>GET /api/internal/venue-credentials</c>): only that a key is
/// set, for which environment, its last 4 characters and when it was stored. Secrets never come back.
/// </summary>
public sealed record CredentialsOverview(bool DemoMode, IReadOnlyList<CredentialStatus> Credentials)
{
    public IReadOnlyList<CredentialStatus> For(string venue) =>
        Credentials.Where(c => string.Equals(c.Venue, venue, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.Environment).ToList();
}

public sealed record CredentialStatus(string Venue, string Environment, bool Set, string Hint, DateTimeOffset UpdatedAt);

/// <summary>Body of <c>PUT /api/internal/venue-credentials/kalshi</c>.</summary>
public sealed record KalshiCredentialsRequest(string Environment, string KeyId, string PrivateKeyPem);

/// <summary>Body of <c>PUT /api/internal/venue-credentials/polymarket</c> (Polymarket has only live keys).</summary>
public sealed record PolymarketCredentialsRequest(
    string PrivateKey, string ApiKey, string ApiSecret, string ApiPassphrase, string? FunderAddress, string SignatureType);

public sealed record DemoModeRequest(bool Enabled);

public static class Venues
{
    public const string Kalshi = "kalshi";
    public const string Polymarket = "polymarket";

    public static string Display(string venue) => venue.ToLowerInvariant() switch
    {
        Kalshi => "Kalshi",
        Polymarket => "Polymarket",
        _ => venue,
    };
}
