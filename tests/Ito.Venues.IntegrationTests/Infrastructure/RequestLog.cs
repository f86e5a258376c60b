using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Ito.Venues.IntegrationTests.Infrastructure;

/// <summary>
/// What reached the simulator's socket, recorded ahead of its fault middleware: tests count attempts here (a retry
/// the client made is a request the server saw). It can also lose the answer to one request after the simulator has
/// acted on it — the "order placed, response never arrived" case that fault rules cannot produce, because a
/// simulator fault fires before the request is handled.
/// </summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly ConcurrentDictionary<Request, bool> _answersToLose = new();

    /// <summary>Requests whose method matches and whose path ends with <paramref name="pathSuffix"/>.</summary>
    public int Count(string method, string pathSuffix) => _requests.Count(r => r.Matches(method, pathSuffix));

    /// <summary>The next matching request is handled normally, then its connection is reset instead of answered.</summary>
    public void LoseNextAnswer(string method, string pathSuffix) => _answersToLose[new Request(method, pathSuffix)] = true;

    internal async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var request = new Request(context.Request.Method, context.Request.Path.Value ?? "");
        _requests.Enqueue(request);
        var lose = _answersToLose.Keys.FirstOrDefault(armed => request.Matches(armed.Method, armed.Path));
        if (lose is null || !_answersToLose.TryRemove(lose, out _))
        {
            await next(context);
            return;
        }

        // The endpoint writes into a buffer that is never sent; the client sees the connection drop.
        context.Response.Body = new MemoryStream();
        await next(context);
        context.Abort();
    }

    private sealed record Request(string Method, string Path)
    {
        public bool Matches(string method, string pathSuffix) =>
            string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && Path.EndsWith(pathSuffix, StringComparison.Ordinal);
    }

    /// <summary>Puts the log in front of everything the simulator's Program wires.</summary>
    internal sealed class StartupFilter(RequestLog log) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextDelegate) => log.HandleAsync(context, nextDelegate));
            next(app);
        };
    }
}
