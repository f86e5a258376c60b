namespace Ito.Identity.Sessions;

public sealed record RegisterRequest(string? UserName, string? Email, string? Password);

public sealed record LoginRequest(string? UserName, string? Password);

public sealed record UserProfile(Guid Id, string UserName, string Email, bool IsAdmin, DateTimeOffset CreatedAt);

/// <summary>Who is calling: a session user or an API key (then <see cref="ApiKeyId"/> and the key's scopes).</summary>
public sealed record CallerProfile(UserProfile User, Guid? ApiKeyId, IReadOnlyList<string> Scopes);
