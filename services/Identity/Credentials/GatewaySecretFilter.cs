using System.Security.Cryptography;
using System.Text;
using Ito.Contracts.Identity;

namespace Ito.Identity.Credentials;

/// <summary>
/// Lets a request through only when it carries the gateway's shared secret. Both sides are hashed first so the
/// comparison takes the same time whatever the lengths. Without a configured secret nothing gets through.
/// </summary>
internal sealed class GatewaySecretFilter(IConfiguration configuration) : IEndpointFilter
{
    private readonly byte[]? expected = configuration[GatewaySecret.ConfigurationKey] is { Length: > 0 } secret
        ? SHA256.HashData(Encoding.UTF8.GetBytes(secret))
        : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var presented = context.HttpContext.Request.Headers[GatewaySecret.Header].ToString();
        var matches = expected is not null && presented.Length > 0
            && CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        return matches ? await next(context) : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);
    }
}
