namespace Ito.Contracts.Identity;

/// <summary>An API key was revoked; the gateway drops it from its validation cache (keyed by the key's hash).</summary>
public sealed record ApiKeyRevoked(Guid KeyId, string KeyHash, DateTimeOffset RevokedAt);
