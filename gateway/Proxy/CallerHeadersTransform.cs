using Ito.Gateway.Auth;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Ito.Gateway.Proxy;

/// <summary>
/// Nothing a client sends may pose as the gateway's word: the caller's credentials and any internal-token header
/// are removed before a request reaches a service, and the internal token the gateway chose for the caller (if any)
/// is the only <c>Authorization</c> a service sees.
/// </summary>
internal sealed class CallerHeadersTransform : ITransformProvider
{
    internal static readonly string[] StrippedHeaders = ["Authorization", "Cookie", "X-Internal-Token", "X-User-Id", "X-User-Role", "X-Scopes"];

    private const string LogoutPath = "/api/internal/auth/logout";

    public void ValidateRoute(TransformRouteValidationContext context)
    {
    }

    public void ValidateCluster(TransformClusterValidationContext context)
    {
    }

    public void Apply(TransformBuilderContext context)
    {
        // The web frontend keeps its cookies (antiforgery and session live there); APIs never see them.
        var keepCookies = context.Route.ClusterId == "web";
        context.AddRequestTransform(transform =>
        {
            foreach (var header in StrippedHeaders)
            {
                if (keepCookies && header == "Cookie") continue;
                transform.ProxyRequest.Headers.Remove(header);
            }

            // Identity owns the session: to end one it must see which, so its logout gets that one cookie back.
            var request = transform.HttpContext.Request;
            if (request.Path.Equals(LogoutPath, StringComparison.OrdinalIgnoreCase)
                && request.Cookies[CallerCredential.SessionCookie] is { Length: > 0 } session)
            {
                transform.ProxyRequest.Headers.Add("Cookie", $"{CallerCredential.SessionCookie}={session}");
            }

            if (ForwardedToken.Get(transform.HttpContext) is { } token)
            {
                transform.ProxyRequest.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            }
            return ValueTask.CompletedTask;
        });
    }
}
