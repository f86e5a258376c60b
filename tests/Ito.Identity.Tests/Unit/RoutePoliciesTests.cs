using Ito.Gateway.Auth;
using Microsoft.AspNetCore.Http;

namespace Ito.Identity.Tests.Unit;

public sealed class RoutePoliciesTests
{
    [Theory]
    [InlineData("GET", "/api/v1/markets", RouteAccess.Scope, "markets:read")]
    [InlineData("GET", "/api/v1/markets/kalshi:ABC/history", RouteAccess.Scope, "markets:read")]
    [InlineData("GET", "/api/v1/baskets", RouteAccess.Scope, "baskets:read")]
    [InlineData("GET", "/api/v1/baskets/42/price", RouteAccess.Scope, "baskets:read")]
    [InlineData("GET", "/api/v1/system-baskets", RouteAccess.Scope, "baskets:read")]
    [InlineData("GET", "/api/v1/risk-factors/7", RouteAccess.Scope, "baskets:read")]
    [InlineData("POST", "/api/v1/baskets", RouteAccess.Scope, "baskets:write")]
    [InlineData("PUT", "/api/v1/baskets/42", RouteAccess.Scope, "baskets:write")]
    [InlineData("DELETE", "/api/v1/baskets/42", RouteAccess.Scope, "baskets:write")]
    [InlineData("POST", "/api/v1/baskets/42/orders", RouteAccess.Scope, "trades:write")]
    [InlineData("GET", "/api/v1/baskets/42/orders", RouteAccess.Scope, "trades:read")]
    [InlineData("DELETE", "/api/v1/orders/9", RouteAccess.Scope, "trades:write")]
    [InlineData("GET", "/api/v1/orders", RouteAccess.Scope, "trades:read")]
    [InlineData("GET", "/api/v1/positions", RouteAccess.Scope, "trades:read")]
    [InlineData("GET", "/api/v1/trades/1", RouteAccess.Scope, "trades:read")]
    [InlineData("GET", "/api/v1/exposure", RouteAccess.Scope, "trades:read")]
    [InlineData("POST", "/api/internal/auth/login", RouteAccess.Anonymous, null)]
    [InlineData("POST", "/api/internal/auth/register", RouteAccess.Anonymous, null)]
    [InlineData("GET", "/api/internal/auth/login", RouteAccess.Authenticated, null)]
    [InlineData("GET", "/api/internal/auth/me", RouteAccess.Authenticated, null)]
    [InlineData("DELETE", "/api/internal/api-keys/1", RouteAccess.SessionOnly, null)]
    [InlineData("GET", "/api/internal/api-keys", RouteAccess.SessionOnly, null)]
    [InlineData("GET", "/api/v1/suggestions", RouteAccess.Authenticated, null)]
    [InlineData("GET", "/api/v1/marketsx", RouteAccess.Authenticated, null)]
    [InlineData("GET", "/API/V1/MARKETS", RouteAccess.Scope, "markets:read")]
    [InlineData("GET", "/", RouteAccess.Anonymous, null)]
    [InlineData("POST", "/login", RouteAccess.Anonymous, null)]
    [InlineData("GET", "/api/docs/index.html", RouteAccess.Anonymous, null)]
    [InlineData("GET", "/api/v1/movers", RouteAccess.Anonymous, null)]
    [InlineData("POST", "/api/v1/movers", RouteAccess.Authenticated, null)]
    public void Each_route_demands_what_the_table_says(string method, string path, RouteAccess access, string? scope)
    {
        var rule = RoutePolicies.For(method, new PathString(path));
        Assert.Equal(access, rule.Access);
        Assert.Equal(scope, rule.Scope);
    }
}
