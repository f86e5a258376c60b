using System.Text.Json.Serialization;

namespace Ito.Contracts.Identity;

/// <summary>What the gateway presents to identity: a credential's hash and the service it wants a token for.</summary>
public sealed record CredentialVerificationRequest(CredentialKind Kind, string CredentialHash, string Audience);

[JsonConverter(typeof(JsonStringEnumConverter<CredentialKind>))]
public enum CredentialKind
{
    ApiKey,
    Session,
}

/// <summary>
/// A valid credential's principal, with an internal token for the requested audience. Identity signs; the gateway
/// never holds the signing key.
/// </summary>
public sealed record VerifiedCredential(
    Guid UserId,
    string UserName,
    bool IsAdmin,
    IReadOnlyList<string> Scopes,
    Guid? ApiKeyId,
    int? RateLimitPerHour,
    DateTimeOffset? ExpiresAt,
    string Token,
    DateTimeOffset TokenExpiresAt);

/// <summary>Requests the gateway let through per API key and UTC hour, flushed to identity in batches.</summary>
public sealed record ApiKeyUsageReport(IReadOnlyList<ApiKeyUsageCount> Counts, DateTimeOffset ObservedAt);

public sealed record ApiKeyUsageCount(Guid ApiKeyId, DateTimeOffset HourStart, long Requests);

/// <summary>
/// Identity answers credential checks only when they carry the secret the AppHost gives both it and the gateway.
/// </summary>
public static class GatewaySecret
{
    public const string Header = "X-Gateway-Secret";
    public const string ConfigurationKey = "InternalAuth:GatewaySecret";
}
