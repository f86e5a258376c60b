using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Ito.ServiceDefaults.Auth;

/// <summary>The caller of the current request, read from the validated internal token.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The caller's user id; only call where the endpoint requires an authenticated caller.</summary>
    public Guid Id => Guid.TryParse(Principal.FindFirstValue(InternalToken.SubjectClaim), out var id)
        ? id
        : throw new InvalidOperationException("The request has no authenticated user.");

    public bool IsAdmin => Principal.IsInRole(InternalToken.AdminRole);

    /// <summary>The caller is a test-mode API key: it may read and trade on paper or demo, never live.</summary>
    public bool IsTestKey => Principal.HasClaim(InternalToken.TestKeyClaim, "test");

    public static bool HasScope(ClaimsPrincipal principal, string scope) =>
        principal.FindAll(InternalToken.ScopeClaim)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);
}
