namespace Ito.Web.ApiKeys;

/// <summary>Body of <c>POST /api/internal/api-keys</c>; <c>mode</c> is live or test, the rest as identity validates it.</summary>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, int? RateLimitPerHour, string Mode);

/// <summary>The one answer that ever holds the full key.</summary>
public sealed record CreatedApiKey(ApiKeySummary ApiKey, string Key);

public sealed record ApiKeySummary(
    Guid Id,
    string Name,
    string Prefix,
    string Mode,
    IReadOnlyList<string> Scopes,
    int RateLimitPerHour,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt,
    long TotalRequests)
{
    public ApiKeyState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? ApiKeyState.Revoked : ExpiresAt <= now ? ApiKeyState.Expired : ApiKeyState.Active;
}

public enum ApiKeyState
{
    Active,
    Expired,
    Revoked,
}

public sealed record HourlyUsage(DateTimeOffset HourStart, long Requests);

/// <summary>Requests per UTC hour over the last 7 days, oldest first (<c>GET /api/internal/api-keys/{id}/usage</c>).</summary>
public sealed record ApiKeyUsageHistory(Guid ApiKeyId, IReadOnlyList<HourlyUsage> Hours)
{
    public long Total => Hours.Sum(h => h.Requests);

    public IReadOnlyList<(DateOnly Day, long Requests)> Daily() =>
        Hours.GroupBy(h => DateOnly.FromDateTime(h.HourStart.UtcDateTime))
            .Select(g => (g.Key, g.Sum(h => h.Requests)))
            .OrderBy(d => d.Key)
            .ToList();
}

/// <summary>The scopes an API key can hold, as the gateway checks them, with what each one allows.</summary>
public static class ApiKeyScopes
{
    public static readonly IReadOnlyList<(string Scope, string Allows)> All =
    [
        ("baskets:read", "List and read baskets, their prices, history and live stream"),
        ("baskets:write", "Create, change and delete your baskets"),
        ("markets:read", "Search markets and read market details"),
        ("trades:read", "Read orders, positions, trades and exposure"),
        ("trades:write", "Place, preview and cancel orders"),
    ];
}
