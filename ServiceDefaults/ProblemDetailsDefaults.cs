using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Every error leaves a service as an RFC 9457 ProblemDetails with a stable <c>type</c>, the request's trace id,
/// and no exception detail (which could carry secrets).
/// </summary>
public static class ProblemDetailsDefaults
{
    public const string TypeBase = "https://docs.itomarkets.dev/problems/";

    public static IServiceCollection AddItoProblemDetails(this IServiceCollection services)
    {
        // A request the framework could not bind (e.g. ?limit=many for an int) is the caller's mistake: its 400, not a 500.
        services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (context.Exception is BadHttpRequestException bad)
            {
                // The framework's message names the parameter and the expected form, never a secret.
                problem.Detail = bad.Message;
            }
            if (problem.Type is null or "" || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = TypeBase + ProblemTypeFor(problem.Status ?? context.HttpContext.Response.StatusCode);
            }
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
    }

    public static string ProblemTypeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "validation",
        StatusCodes.Status401Unauthorized => "unauthenticated",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
        StatusCodes.Status422UnprocessableEntity => "unprocessable",
        StatusCodes.Status429TooManyRequests => "rate-limited",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        >= 500 => "server-error",
        _ => "error",
    };
}
