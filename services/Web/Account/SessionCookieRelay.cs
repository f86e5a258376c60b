using Microsoft.Net.Http.Headers;

namespace Ito.Web.Account;

/// <summary>
/// Identity sets the session and antiforgery cookies on its answer to the sign-in call this server made; the browser
/// must get them. They are re-issued under this site's own rules: Secure whenever the browser reached us over https.
/// </summary>
public static class SessionCookieRelay
{
    public static void Relay(HttpResponseMessage from, HttpContext to)
    {
        if (!from.Headers.TryGetValues(HeaderNames.SetCookie, out var values)) return;
        foreach (var cookie in SetCookieHeaderValue.ParseList(values.ToList()))
        {
            to.Response.Cookies.Append(cookie.Name.Value!, cookie.Value.Value!, new CookieOptions
            {
                HttpOnly = cookie.HttpOnly,
                Secure = to.Request.IsHttps,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                Path = "/",
                Expires = cookie.Expires,
                IsEssential = true,
            });
        }
    }

    public static void Clear(HttpContext context)
    {
        foreach (var name in new[] { Api.SessionForwardingHandler.SessionCookie, Api.SessionForwardingHandler.CsrfCookie })
        {
            context.Response.Cookies.Delete(name, new CookieOptions { Path = "/", Secure = context.Request.IsHttps, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax });
        }
    }

    /// <summary>Only a path on this site, so a crafted link cannot send a user elsewhere after signing in.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/dashboard";
}
