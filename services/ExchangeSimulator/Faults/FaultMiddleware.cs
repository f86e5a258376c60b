using Ito.ExchangeSimulator.Kalshi;
using Ito.ExchangeSimulator.Polymarket;

namespace Ito.ExchangeSimulator.Faults;

/// <summary>
/// Applies fault rules to venue traffic only (<c>/kalshi</c>, <c>/polymarket</c>); admin and health endpoints stay
/// reliable so a test can always switch faults off again. Error bodies use each venue's shape.
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var venue = path.StartsWith("/kalshi/", StringComparison.Ordinal) ? "kalshi"
            : path.StartsWith("/polymarket/", StringComparison.Ordinal) ? "polymarket" : null;
        if (venue is null)
        {
            await next(context);
            return;
        }

        var (latency, action, status) = faults.Decide(venue, path);
        if (latency > 0) await Task.Delay(latency, context.RequestAborted);
        switch (action)
        {
            case FaultAction.Drop:
                context.Abort();
                return;
            case FaultAction.TooManyRequests:
                // Kalshi documents exactly this body and no Retry-After header.
                await Write(context, 429, venue == "kalshi"
                    ? Results.Json(new Dictionary<string, object?> { ["error"] = "too many requests" }, statusCode: 429)
                    : PolyResults.Error(429, "Too Many Requests"));
                return;
            case FaultAction.ServerError:
                await Write(context, status, venue == "kalshi"
                    ? KalshiResults.Error(status, "internal_server_error", "internal server error")
                    : PolyResults.Error(status, "internal server error"));
                return;
            default:
                await next(context);
                return;
        }
    }

    private static Task Write(HttpContext context, int status, IResult result)
    {
        context.Response.StatusCode = status;
        return result.ExecuteAsync(context);
    }
}
