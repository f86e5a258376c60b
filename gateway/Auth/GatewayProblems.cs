using Microsoft.AspNetCore.Mvc;

namespace Ito.Gateway.Auth;

/// <summary>The gateway's own refusals, as ProblemDetails like every other error in the system.</summary>
internal static class GatewayProblems
{
    /// <summary>
    /// One body for missing, malformed, unknown, expired and revoked credentials: which one it was is nobody's business.
    /// </summary>
    public static Task UnauthenticatedAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "A valid API key or session is required.");
    }

    public static Task ForbiddenAsync(HttpContext context, string detail) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static Task RateLimitedAsync(HttpContext context, long retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", "This API key has used its hourly request limit.");
    }

    public static Task UnavailableAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service unavailable", "Credentials cannot be checked right now; try again shortly.");

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
