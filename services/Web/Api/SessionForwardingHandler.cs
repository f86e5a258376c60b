using Microsoft.Net.Http.Headers;

namespace Ito.Web.Api;

/// <summary>
/// Sends the browser's session to the gateway with each API call made while rendering that browser's page: the
/// <c>ito_session</c> cookie, and for unsafe methods the double-submit <c>X-CSRF-Token</c> the gateway demands
/// (the page's own form was already checked by Blazor's antiforgery). Nothing else of the browser's is forwarded.
/// </summary>
public sealed class SessionForwardingHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    public const string SessionCookie = "ito_session";
    public const string CsrfCookie = "ito_csrf";
    public const string CsrfHeader = "X-CSRF-Token";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var cookies = accessor.HttpContext?.Request.Cookies;
        if (cookies?[SessionCookie] is { Length: > 0 } session && !request.Headers.Contains(HeaderNames.Cookie))
        {
            var csrf = cookies[CsrfCookie];
            request.Headers.Add(HeaderNames.Cookie, csrf is { Length: > 0 }
                ? $"{SessionCookie}={session}; {CsrfCookie}={csrf}"
                : $"{SessionCookie}={session}");
            if (!IsSafe(request.Method) && csrf is { Length: > 0 })
            {
                request.Headers.TryAddWithoutValidation(CsrfHeader, csrf);
            }
        }
        return base.SendAsync(request, cancellationToken);
    }

    private static bool IsSafe(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
}
