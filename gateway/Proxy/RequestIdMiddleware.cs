using System.Diagnostics;

namespace Ito.Gateway.Proxy;

/// <summary>
/// Gives every request an id (the client's <c>X-Request-Id</c> when it is sane, else a new one), forwards it to the
/// service and returns it, so a user's report can be matched to the trace in the dashboard.
/// </summary>
internal static class RequestIdMiddleware
{
    public const string Header = "X-Request-Id";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var supplied = context.Request.Headers[Header].ToString();
        var requestId = IsSane(supplied) ? supplied : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        context.Request.Headers[Header] = requestId;
        Activity.Current?.SetTag("request.id", requestId);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = requestId;
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static bool IsSane(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
