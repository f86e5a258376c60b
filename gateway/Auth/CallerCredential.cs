using Ito.Contracts.Identity;

namespace Ito.Gateway.Auth;

/// <summary>
/// The credential a request carries: an API key in <c>Authorization: Bearer bkt_…</c> (it wins over a cookie), else
/// the session cookie. Only its SHA-256 hash is kept; the secret itself goes no further than this method.
/// </summary>
public readonly record struct CallerCredential(CredentialKind? Kind, string? Hash, bool Malformed)
{
    public const string SessionCookie = "ito_session";
    public const string CsrfCookie = "ito_csrf";
    public const string CsrfHeader = "X-CSRF-Token";

    public bool IsPresent => Kind is not null;

    public static CallerCredential Read(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            const string bearer = "Bearer ";
            var key = authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : "";
            return ApiKeyFormat.IsWellFormed(key)
                ? new CallerCredential(CredentialKind.ApiKey, CredentialHash.Of(key), Malformed: false)
                : new CallerCredential(null, null, Malformed: true);
        }
        return request.Cookies[SessionCookie] is { Length: > 0 } session
            ? new CallerCredential(CredentialKind.Session, CredentialHash.Of(session), Malformed: false)
            : default;
    }
}
