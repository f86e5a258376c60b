using System.Security.Cryptography;
using System.Text;
using Ito.ServiceDefaults.Auth;

namespace Ito.MarketIngestion.Sync;

/// <summary>
/// Who may trigger a sync: an admin (internal token) or the scheduler outside the platform presenting
/// <c>X-Cron-Secret</c>. The secret is compared in constant time over fixed-length hashes, so neither its content
/// nor its length leaks through timing; it is never logged.
/// </summary>
internal static class CronCaller
{
    public const string SecretHeader = "X-Cron-Secret";
    public const string SecretKey = "Ingestion:CronSecret";

    public static IResult? Refusal(HttpContext context, IConfiguration configuration)
    {
        if (context.Request.Headers.TryGetValue(SecretHeader, out var presented) && SecretMatches(presented.ToString(), configuration[SecretKey]))
        {
            return null;
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return TypedResults.Unauthorized();
        return user.IsInRole(InternalToken.AdminRole) ? null : TypedResults.Forbid();
    }

    public static bool SecretMatches(string presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(presented)) return false;
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
