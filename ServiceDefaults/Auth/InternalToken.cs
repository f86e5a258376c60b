namespace Ito.ServiceDefaults.Auth;

/// <summary>
/// The short-lived token the gateway forwards to services on behalf of a caller (a session user or an API key),
/// signed by identity. Services trust nothing else: no plain header can make a request authenticated.
/// </summary>
public static class InternalToken
{
    public const string Issuer = "ito-identity";
    public const string Scheme = "Internal";

    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string ScopeClaim = "scope";
    public const string ApiKeyClaim = "api_key_id";
    public const string NameClaim = "name";

    /// <summary>Present (value <c>test</c>) when the caller is a <c>bkt_test_</c> key, which must never move real money.</summary>
    public const string TestKeyClaim = "test_key";

    public const string AdminRole = "admin";
    public const string UserRole = "user";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The audience of a service's tokens: a token minted for baskets is refused by trading.</summary>
    public static string AudienceFor(string serviceName) => "ito-" + serviceName;
}

/// <summary>API scopes an API key can hold; session users hold all of them.</summary>
public static class Scopes
{
    public const string BasketsRead = "baskets:read";
    public const string BasketsWrite = "baskets:write";
    public const string MarketsRead = "markets:read";
    public const string TradesRead = "trades:read";
    public const string TradesWrite = "trades:write";

    public static readonly IReadOnlyList<string> All = [BasketsRead, BasketsWrite, MarketsRead, TradesRead, TradesWrite];
}

/// <summary>Authorization policy names every service shares.</summary>
public static class Policies
{
    public const string Authenticated = "authenticated";
    public const string Admin = "admin";

    public static string Scope(string scope) => "scope:" + scope;
}
