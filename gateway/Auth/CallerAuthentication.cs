using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ito.Contracts.Identity;
using Ito.Gateway.RateLimits;
using Ito.ServiceDefaults.Auth;
using Polly;
using StackExchange.Redis;
using Yarp.ReverseProxy.Model;

namespace Ito.Gateway.Auth;

/// <summary>
/// The front door, run for every proxied request once its route is known: identify the caller (API key or session
/// cookie), apply the route's policy (<see cref="RoutePolicies"/>), the key's hourly rate limit and the cookie
/// antiforgery check, then hand the request an internal token for the target service (<see cref="ForwardedToken"/>).
/// </summary>
public sealed class CallerAuthentication(
    RequestDelegate next, VerifiedCredentialCache cache, InternalTokenCache tokens, HourlyRateLimiter limiter, TimeProvider clock, ILogger<CallerAuthentication> logger)
{
    private const string LogoutPath = "/api/internal/auth/logout";

    public async Task InvokeAsync(HttpContext context, IdentityCredentialsClient identity)
    {
        var request = context.Request;
        var rule = RoutePolicies.For(request.Method, request.Path);
        var anonymous = rule.Access == RouteAccess.Anonymous;
        var credential = CallerCredential.Read(request);

        if (!credential.IsPresent)
        {
            if (anonymous) await next(context);
            else await GatewayProblems.UnauthenticatedAsync(context);
            return;
        }

        var audience = InternalToken.AudienceFor(context.GetReverseProxyFeature().Route.Config.ClusterId ?? "");
        var kind = credential.Kind!.Value;
        var hash = credential.Hash!;
        CachedCaller? caller;
        RateLimitDecision? rateLimit = null;
        try
        {
            caller = await ResolveAsync(kind, hash, audience, identity, context.RequestAborted);
            if (caller is { ApiKeyId: { } keyId, RateLimitPerHour: { } limit } && kind == CredentialKind.ApiKey)
            {
                rateLimit = await limiter.AcquireAsync(hash, keyId, limit);
            }
        }
        catch (Exception exception) when (IsDependencyFailure(exception))
        {
            logger.LogWarning(exception, "A {Kind} credential could not be checked", kind);
            await GatewayProblems.UnavailableAsync(context);
            return;
        }

        if (caller is null)
        {
            if (anonymous) await next(context);
            else await GatewayProblems.UnauthenticatedAsync(context);
            return;
        }

        if (rateLimit is not null && !await WithinRateLimitAsync(context, rateLimit)) return;

        if (kind == CredentialKind.Session && IsUnsafe(request.Method) && !HasMatchingCsrfToken(request))
        {
            // A cross-site page can make the browser send the cookie but cannot read ito_csrf to echo it.
            if (anonymous) await next(context);
            else await GatewayProblems.ForbiddenAsync(context, $"Cookie-authenticated changes need the {CallerCredential.CsrfHeader} header matching the {CallerCredential.CsrfCookie} cookie.");
            return;
        }

        if (Refusal(rule, kind, caller) is { } refusal)
        {
            await GatewayProblems.ForbiddenAsync(context, refusal);
            return;
        }

        string? token;
        try
        {
            token = tokens.Find(hash, audience) ?? await FreshTokenAsync(kind, hash, audience, identity, context.RequestAborted);
        }
        catch (Exception exception) when (IsDependencyFailure(exception))
        {
            logger.LogWarning(exception, "No internal token could be obtained for a {Kind} credential", kind);
            await GatewayProblems.UnavailableAsync(context);
            return;
        }
        if (token is null)
        {
            await GatewayProblems.UnauthenticatedAsync(context);
            return;
        }

        ForwardedToken.Set(context, token);
        await next(context);

        if (kind == CredentialKind.Session && request.Path.Equals(LogoutPath, StringComparison.OrdinalIgnoreCase) && context.Response.StatusCode < 300)
        {
            await cache.ForgetAsync(hash);
        }
    }

    private async Task<CachedCaller?> ResolveAsync(CredentialKind kind, string hash, string audience, IdentityCredentialsClient identity, CancellationToken cancellationToken)
    {
        var caller = await cache.FindAsync(hash);
        if (caller is null)
        {
            var verified = await identity.VerifyAsync(kind, hash, audience, cancellationToken);
            if (verified is null) return null;
            tokens.Keep(hash, audience, verified.Token, verified.TokenExpiresAt);
            caller = CachedCaller.From(verified);
            await cache.StoreAsync(hash, caller);
        }
        return caller.ExpiresAt <= clock.GetUtcNow() ? null : caller;
    }

    private async Task<string?> FreshTokenAsync(CredentialKind kind, string hash, string audience, IdentityCredentialsClient identity, CancellationToken cancellationToken)
    {
        var verified = await identity.VerifyAsync(kind, hash, audience, cancellationToken);
        if (verified is null)
        {
            await cache.ForgetAsync(hash);
            return null;
        }
        tokens.Keep(hash, audience, verified.Token, verified.TokenExpiresAt);
        return verified.Token;
    }

    private async Task<bool> WithinRateLimitAsync(HttpContext context, RateLimitDecision decision)
    {
        var resetsAt = decision.ResetsAt.ToUnixTimeSeconds();
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = resetsAt.ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed) return true;

        await GatewayProblems.RateLimitedAsync(context, Math.Max(1, resetsAt - clock.GetUtcNow().ToUnixTimeSeconds()));
        return false;
    }

    private static string? Refusal(RouteRule rule, CredentialKind kind, CachedCaller caller) => rule.Access switch
    {
        RouteAccess.SessionOnly when kind == CredentialKind.ApiKey => "API keys cannot manage API keys; sign in instead.",
        RouteAccess.Scope when !caller.Scopes.Contains(rule.Scope!, StringComparer.Ordinal) => $"This API key lacks the scope '{rule.Scope}'.",
        _ => null,
    };

    private static bool IsDependencyFailure(Exception exception) =>
        exception is HttpRequestException or ExecutionRejectedException or RedisException or TimeoutException;

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool HasMatchingCsrfToken(HttpRequest request)
    {
        var cookie = request.Cookies[CallerCredential.CsrfCookie];
        var header = request.Headers[CallerCredential.CsrfHeader].ToString();
        return !string.IsNullOrEmpty(cookie) && header.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(cookie), Encoding.UTF8.GetBytes(header));
    }
}

/// <summary>The internal token chosen for a request, picked up by <see cref="Proxy.CallerHeadersTransform"/>.</summary>
public static class ForwardedToken
{
    private const string ItemKey = "ito.internal-token";

    public static void Set(HttpContext context, string token) => context.Items[ItemKey] = token;

    public static string? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var token) ? token as string : null;
}
