using Microsoft.Extensions.Caching.Memory;

namespace Ito.Gateway.Auth;

/// <summary>
/// Internal tokens identity minted, kept in this instance's memory per credential and audience until shortly before
/// they expire. A token is only handed out after the credential itself was found valid (<see cref="VerifiedCredentialCache"/>),
/// so a revoked key's leftover token here is never used.
/// </summary>
public sealed class InternalTokenCache(TimeProvider clock)
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(30);
    private readonly MemoryCache tokens = new(new MemoryCacheOptions());

    public string? Find(string hash, string audience) => tokens.TryGetValue((hash, audience), out string? token) ? token : null;

    public void Keep(string hash, string audience, string token, DateTimeOffset expiresAt)
    {
        var keepUntil = expiresAt - RefreshMargin;
        if (keepUntil > clock.GetUtcNow()) tokens.Set((hash, audience), token, keepUntil);
    }
}
