using Ito.ServiceDefaults.Auth;

namespace Ito.Testing;

/// <summary>
/// Mints internal tokens for integration tests, as identity would. Give the service under test
/// <see cref="Configuration"/> so it trusts this throwaway key instead of identity's.
/// </summary>
public sealed class TestTokens
{
    private readonly InternalTokenIssuer issuer = InternalTokenIssuer.CreateEphemeral();

    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["InternalAuth:Jwks"] = issuer.PublicJwks(),
    };

    public string For(string serviceName, Guid? userId = null, bool admin = false, IReadOnlyCollection<string>? scopes = null, TimeSpan? lifetime = null,
        bool testKey = false) =>
        issuer.Issue(
            new InternalPrincipal(userId ?? Guid.NewGuid(), "test-user", admin, scopes ?? Scopes.All, testKey ? Guid.NewGuid() : null, testKey),
            InternalToken.AudienceFor(serviceName),
            lifetime);
}
