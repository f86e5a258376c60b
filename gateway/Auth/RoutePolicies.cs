using Ito.ServiceDefaults.Auth;

namespace Ito.Gateway.Auth;

/// <summary>
/// What each route demands of its caller, in one table read top to bottom (the first matching rule wins).
/// Paths outside <c>/api/</c> (the web frontend, health) are anonymous; anything under <c>/api/</c> that no rule
/// names needs an authenticated caller. Session users hold every scope; API keys hold the scopes they were given.
/// In patterns <c>*</c> is one path segment and <c>**</c> any number of them (including none).
/// </summary>
public static class RoutePolicies
{
    public static readonly IReadOnlyList<RouteRule> Rules =
    [
        new("POST", "/api/internal/auth/register", RouteAccess.Anonymous),
        new("POST", "/api/internal/auth/login", RouteAccess.Anonymous),
        new("GET", "/api/docs/**", RouteAccess.Anonymous),
        // System baskets' moves are public market data: the landing page shows them to visitors.
        new("GET", "/api/v1/movers", RouteAccess.Anonymous),

        // API keys cannot manage API keys: a leaked key must not be able to mint more.
        new("*", "/api/internal/api-keys/**", RouteAccess.SessionOnly),

        new("GET", "/api/v1/markets/**", RouteAccess.Scope, Scopes.MarketsRead),

        new("GET", "/api/v1/baskets/*/orders/**", RouteAccess.Scope, Scopes.TradesRead),
        new("POST", "/api/v1/baskets/*/orders/**", RouteAccess.Scope, Scopes.TradesWrite),
        new("GET", "/api/v1/baskets/**", RouteAccess.Scope, Scopes.BasketsRead),
        new("GET", "/api/v1/system-baskets/**", RouteAccess.Scope, Scopes.BasketsRead),
        new("GET", "/api/v1/risk-factors/**", RouteAccess.Scope, Scopes.BasketsRead),
        new("POST,PUT,PATCH,DELETE", "/api/v1/baskets/**", RouteAccess.Scope, Scopes.BasketsWrite),

        new("POST,PUT,PATCH,DELETE", "/api/v1/orders/**", RouteAccess.Scope, Scopes.TradesWrite),
        new("GET", "/api/v1/orders/**", RouteAccess.Scope, Scopes.TradesRead),
        new("GET", "/api/v1/positions/**", RouteAccess.Scope, Scopes.TradesRead),
        new("GET", "/api/v1/trades/**", RouteAccess.Scope, Scopes.TradesRead),
        new("GET", "/api/v1/exposure/**", RouteAccess.Scope, Scopes.TradesRead),
    ];

    private static readonly RouteRule AnyApi = new("*", "/api/**", RouteAccess.Authenticated);
    private static readonly RouteRule Outside = new("*", "/**", RouteAccess.Anonymous);

    public static RouteRule For(string method, PathString path)
    {
        foreach (var rule in Rules)
        {
            if (rule.Matches(method, path)) return rule;
        }
        return AnyApi.Matches(method, path) ? AnyApi : Outside;
    }
}

public enum RouteAccess
{
    Anonymous,
    Authenticated,
    SessionOnly,
    Scope,
}

public sealed class RouteRule(string methods, string pattern, RouteAccess access, string? scope = null)
{
    private readonly string[] methodList = methods.Split(',');
    private readonly string[] segments = pattern.Trim('/').Split('/');

    public RouteAccess Access => access;

    public string? Scope => scope;

    public override string ToString() => $"{methods} {pattern} → {access} {scope}";

    public bool Matches(string method, PathString path)
    {
        if (methodList[0] != "*" && !methodList.Contains(method, StringComparer.OrdinalIgnoreCase)) return false;
        var value = path.Value ?? "/";
        return Matches(value.AsSpan().Trim('/'), 0);
    }

    private bool Matches(ReadOnlySpan<char> rest, int index)
    {
        if (index == segments.Length) return rest.IsEmpty;
        if (segments[index] == "**") return true;
        if (rest.IsEmpty) return false;

        var slash = rest.IndexOf('/');
        var segment = slash < 0 ? rest : rest[..slash];
        var remainder = slash < 0 ? [] : rest[(slash + 1)..];
        return (segments[index] == "*" || segment.Equals(segments[index], StringComparison.OrdinalIgnoreCase))
            && Matches(remainder, index + 1);
    }
}
