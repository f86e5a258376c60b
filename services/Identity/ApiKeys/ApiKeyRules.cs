using Ito.ServiceDefaults.Auth;

namespace Ito.Identity.ApiKeys;

/// <summary>What a new API key must satisfy; problems are keyed by the request field they concern.</summary>
public static class ApiKeyRules
{
    public const int MaxNameLength = 100;
    public const int MaxRateLimitPerHour = 100_000;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(730);

    public static Dictionary<string, string[]> Problems(CreateApiKeyRequest request, DateTimeOffset now)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength)
        {
            problems["name"] = [$"Name is required and at most {MaxNameLength} characters."];
        }
        if (request.Scopes is not { Count: > 0 })
        {
            problems["scopes"] = ["At least one scope is required: " + string.Join(", ", Scopes.All) + "."];
        }
        else if (request.Scopes.FirstOrDefault(s => !Scopes.All.Contains(s, StringComparer.Ordinal)) is { } unknown)
        {
            problems["scopes"] = [$"Unknown scope '{unknown}'. Known scopes: {string.Join(", ", Scopes.All)}."];
        }
        if (request.ExpiresAt is { } expiresAt && (expiresAt <= now || expiresAt > now + MaxLifetime))
        {
            problems["expiresAt"] = ["Expiry must be in the future and within two years."];
        }
        if (request.RateLimitPerHour is { } limit && limit is < 1 or > MaxRateLimitPerHour)
        {
            problems["rateLimitPerHour"] = [$"Rate limit must be between 1 and {MaxRateLimitPerHour} requests per hour."];
        }
        if (request.Mode is not null && !Enum.TryParse<ApiKeyMode>(request.Mode, ignoreCase: true, out _))
        {
            problems["mode"] = ["Mode must be 'live' or 'test'."];
        }
        return problems;
    }
}
