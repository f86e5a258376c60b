using Ito.Contracts;
using Ito.Contracts.Identity;
using Ito.Identity.ApiKeys;
using Ito.Identity.Data;
using Ito.Identity.Signing;
using Ito.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ito.Identity.Credentials;

/// <summary>
/// The gateway's side door into identity: credential checks that return a signed internal token, and API-key usage
/// counts. Not routed by the gateway (paths outside <c>/api/</c>) and guarded by the gateway secret.
/// </summary>
public static class CredentialsApi
{
    /// <summary>Services a token may be minted for; the web frontend gets the signed-in user too.</summary>
    private static readonly HashSet<string> Audiences =
    [
        .. new[] { ServiceNames.Identity, ServiceNames.MarketIngestion, ServiceNames.Categorization, ServiceNames.Baskets,
            ServiceNames.Pricing, ServiceNames.Trading, ServiceNames.Web }.Select(InternalToken.AudienceFor),
    ];

    public static IEndpointRouteBuilder MapCredentialsApi(this IEndpointRouteBuilder app)
    {
        var gateway = app.MapGroup("/internal").ExcludeFromDescription().AddEndpointFilter<GatewaySecretFilter>();
        gateway.MapPost("/credentials/verify", VerifyAsync);
        gateway.MapPost("/api-keys/usage", RecordUsageAsync);
        return app;
    }

    private static async Task<Results<Ok<VerifiedCredential>, ValidationProblem, ProblemHttpResult>> VerifyAsync(
        CredentialVerificationRequest request, IdentityDbContext db, SigningKeyStore signing, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Audiences.Contains(request.Audience))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["audience"] = ["Unknown audience."] });
        }

        var now = clock.GetUtcNow();
        var principal = request.Kind switch
        {
            CredentialKind.ApiKey => await ApiKeyPrincipalAsync(db, request.CredentialHash, now, cancellationToken),
            CredentialKind.Session => await SessionPrincipalAsync(db, request.CredentialHash, now, cancellationToken),
            _ => null,
        };
        // One answer for unknown, expired and revoked: the gateway shows callers nothing more either.
        if (principal is null) return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);

        var (caller, rateLimit, expiresAt) = principal.Value;
        var lifetime = expiresAt is { } end && end - now < InternalToken.Lifetime ? end - now : InternalToken.Lifetime;
        var token = signing.Issuer.Issue(caller, request.Audience, lifetime, now);
        return TypedResults.Ok(new VerifiedCredential(caller.UserId, caller.UserName, caller.IsAdmin, [.. caller.Scopes], caller.ApiKeyId,
            rateLimit, expiresAt, token, now + lifetime));
    }

    private static async Task<(InternalPrincipal, int?, DateTimeOffset?)?> ApiKeyPrincipalAsync(
        IdentityDbContext db, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Join(db.Users, k => k.UserId, u => u.Id, (k, u) => new { Key = k, u.UserName, u.IsAdmin })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !found.Key.IsUsable(now)) return null;
        return (new InternalPrincipal(found.Key.UserId, found.UserName, found.IsAdmin, found.Key.Scopes, found.Key.Id,
                IsTestKey: found.Key.Mode == ApiKeyMode.Test),
            found.Key.RateLimitPerHour, found.Key.ExpiresAt);
    }

    private static async Task<(InternalPrincipal, int?, DateTimeOffset?)?> SessionPrincipalAsync(
        IdentityDbContext db, string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await db.Sessions.AsNoTracking()
            .Where(s => s.TokenHash == hash)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { Session = s, u.UserName, u.IsAdmin })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !found.Session.IsActive(now)) return null;
        // Session users hold every scope; scopes exist to narrow what a program may do.
        return (new InternalPrincipal(found.Session.UserId, found.UserName, found.IsAdmin, Scopes.All), null, found.Session.ExpiresAt);
    }

    private static async Task<NoContent> RecordUsageAsync(ApiKeyUsageReport report, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var counts = report.Counts.Where(c => c.Requests > 0).ToList();
        var observedAt = report.ObservedAt.ToUniversalTime();
        var known = await db.ApiKeys.Where(k => counts.Select(c => c.ApiKeyId).Contains(k.Id)).Select(k => k.Id).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var count in counts.Where(c => known.Contains(c.ApiKeyId)))
        {
            var hour = count.HourStart.ToUniversalTime();
            // Additive upserts: two gateway flushes for the same hour add up instead of overwriting each other.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO identity.api_key_usage ("ApiKeyId", "HourStart", "Requests") VALUES ({count.ApiKeyId}, {hour}, {count.Requests})
                ON CONFLICT ("ApiKeyId", "HourStart") DO UPDATE SET "Requests" = api_key_usage."Requests" + EXCLUDED."Requests"
                """, cancellationToken);
            await db.ApiKeys.Where(k => k.Id == count.ApiKeyId).ExecuteUpdateAsync(set => set
                .SetProperty(k => k.TotalRequests, k => k.TotalRequests + count.Requests)
                .SetProperty(k => k.LastUsedAt, k => k.LastUsedAt == null || k.LastUsedAt < observedAt ? observedAt : k.LastUsedAt),
                cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
