using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Ito.Gateway.Proxy;

/// <summary>
/// Nothing a client sends may pose as the gateway's word: the caller's credentials and any internal-token header
/// are removed before a request reaches a service. Services only trust the internal token the gateway itself adds.
/// </summary>
internal sealed class CallerHeadersTransform : ITransformProvider
{
    internal static readonly string[] StrippedHeaders = ["Authorization", "Cookie", "X-Internal-Token", "X-User-Id", "X-User-Role", "X-Scopes"];

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
            return ValueTask.CompletedTask;
        });
    }
}
