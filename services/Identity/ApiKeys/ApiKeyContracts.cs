namespace Ito.Identity.ApiKeys;

/// <param name="Mode">"live" (default) or "test" (a <c>bkt_test_</c> key for paper/demo mode).</param>
public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Scopes, DateTimeOffset? ExpiresAt, int? RateLimitPerHour, string? Mode);

/// <summary>The one response that ever holds the full key.</summary>
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
    public static ApiKeySummary From(ApiKey key) => new(
        key.Id, key.Name, key.Prefix, key.Mode.ToString().ToLowerInvariant(), key.Scopes, key.RateLimitPerHour,
        key.CreatedAt, key.ExpiresAt, key.RevokedAt, key.LastUsedAt, key.TotalRequests);
}

public sealed record HourlyUsage(DateTimeOffset HourStart, long Requests);

public sealed record ApiKeyUsageHistory(Guid ApiKeyId, IReadOnlyList<HourlyUsage> Hours);
