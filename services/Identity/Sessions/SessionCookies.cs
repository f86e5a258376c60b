using System.Security.Cryptography;

namespace Ito.Identity.Sessions;

/// <summary>
/// The session cookie (HttpOnly, SameSite=Lax, 30 days) and its double-submit antiforgery partner <c>ito_csrf</c>
/// (readable by the page's script, which echoes it in <c>X-CSRF-Token</c>; the gateway compares the two on every
/// unsafe cookie-authenticated request). Both are Secure unless the caller reached the gateway over plain http
/// (a local run); <c>Sessions:RequireSecureCookies</c> forces Secure regardless.
/// </summary>
public sealed class SessionCookies(IConfiguration configuration)
{
    public const string SessionCookie = "ito_session";
    public const string CsrfCookie = "ito_csrf";

    public void Append(HttpContext context, string sessionToken, DateTimeOffset expiresAt)
    {
        var secure = IsSecure(context.Request);
        context.Response.Cookies.Append(SessionCookie, sessionToken, Options(httpOnly: true, secure, expiresAt));
        var csrf = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        context.Response.Cookies.Append(CsrfCookie, csrf, Options(httpOnly: false, secure, expiresAt));
    }

    public void Clear(HttpContext context)
    {
        var secure = IsSecure(context.Request);
        context.Response.Cookies.Delete(SessionCookie, Options(httpOnly: true, secure, expiresAt: null));
        context.Response.Cookies.Delete(CsrfCookie, Options(httpOnly: false, secure, expiresAt: null));
    }

    private static CookieOptions Options(bool httpOnly, bool secure, DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = httpOnly,
        Secure = secure,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        Expires = expiresAt,
        IsEssential = true,
    };

    // The gateway sets X-Forwarded-Proto from the caller's own connection (overwriting any a client sent).
    private bool IsSecure(HttpRequest request) =>
        configuration.GetValue<bool>("Sessions:RequireSecureCookies")
        || request.IsHttps
        || string.Equals(request.Headers["X-Forwarded-Proto"].ToString(), "https", StringComparison.OrdinalIgnoreCase);
}
