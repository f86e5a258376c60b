using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ito.ServiceDefaults.Auth;

/// <summary>A caller as the gateway forwards it.</summary>
/// <param name="IsTestKey">The caller is a test-mode API key (<c>bkt_test_</c>): paper and demo trading only.</param>
public sealed record InternalPrincipal(Guid UserId, string UserName, bool IsAdmin, IReadOnlyCollection<string> Scopes, Guid? ApiKeyId = null, bool IsTestKey = false);

/// <summary>
/// Mints internal tokens with an ECDSA P-256 key (ES256). Identity uses it with its persisted key; tests use it with
/// a throwaway key whose public half they hand to the service under test.
/// </summary>
public sealed class InternalTokenIssuer
{
    private readonly ECDsaSecurityKey signingKey;
    private readonly JsonWebTokenHandler handler = new() { SetDefaultTimesOnTokenCreation = false };

    public InternalTokenIssuer(ECDsa key, string keyId)
    {
        signingKey = new ECDsaSecurityKey(key) { KeyId = keyId };
    }

    public string KeyId => signingKey.KeyId;

    /// <summary>The public key as a JSON Web Key Set, the form services read it in.</summary>
    public string PublicJwks()
    {
        var parameters = signingKey.ECDsa.ExportParameters(includePrivateParameters: false);
        var jwk = new
        {
            keys = new[]
            {
                new
                {
                    kty = "EC",
                    crv = "P-256",
                    use = "sig",
                    alg = SecurityAlgorithms.EcdsaSha256,
                    kid = signingKey.KeyId,
                    x = Base64UrlEncoder.Encode(parameters.Q.X),
                    y = Base64UrlEncoder.Encode(parameters.Q.Y),
                },
            },
        };
        return System.Text.Json.JsonSerializer.Serialize(jwk);
    }

    public string Issue(InternalPrincipal principal, string audience, TimeSpan? lifetime = null, DateTimeOffset? now = null)
    {
        var issuedAt = (now ?? DateTimeOffset.UtcNow).UtcDateTime;
        var claims = new List<Claim>
        {
            new(InternalToken.SubjectClaim, principal.UserId.ToString()),
            new(InternalToken.NameClaim, principal.UserName),
            new(InternalToken.RoleClaim, principal.IsAdmin ? InternalToken.AdminRole : InternalToken.UserRole),
            new(InternalToken.ScopeClaim, string.Join(' ', principal.Scopes)),
        };
        if (principal.ApiKeyId is { } keyId)
        {
            claims.Add(new Claim(InternalToken.ApiKeyClaim, keyId.ToString()));
        }
        if (principal.IsTestKey)
        {
            claims.Add(new Claim(InternalToken.TestKeyClaim, "test"));
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = InternalToken.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + (lifetime ?? InternalToken.Lifetime),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.EcdsaSha256),
        });
    }

    public static InternalTokenIssuer CreateEphemeral() =>
        new(ECDsa.Create(ECCurve.NamedCurves.nistP256), Guid.NewGuid().ToString("N")[..16]);
}
