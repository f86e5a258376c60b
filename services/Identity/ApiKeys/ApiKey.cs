using System.Security.Cryptography;
using Ito.Contracts.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Identity.ApiKeys;

/// <summary>
/// A credential for programs. The full key is shown once at creation; the row keeps its SHA-256 hash and the
/// first <see cref="ApiKeyFormat.VisiblePrefixLength"/> characters so its owner can recognise it.
/// </summary>
public sealed class ApiKey
{
    public const int DefaultRateLimitPerHour = 1000;
    private const int SecretLength = 40;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid UserId { get; init; }

    public required string Name { get; init; }

    public required string Prefix { get; init; }

    public required string KeyHash { get; init; }

    public required List<string> Scopes { get; init; }

    public required ApiKeyMode Mode { get; init; }

    public required int RateLimitPerHour { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public long TotalRequests { get; set; }

    public bool IsUsable(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Revokes the key; false when it already was (revoking twice announces nothing new).</summary>
    public bool Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null) return false;
        RevokedAt = now;
        return true;
    }

    /// <summary>Mints a key; the returned secret is the only copy of it.</summary>
    public static (ApiKey Key, string Secret) Create(
        Guid userId, string name, IEnumerable<string> scopes, ApiKeyMode mode, int rateLimitPerHour, DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        var prefix = mode == ApiKeyMode.Test ? ApiKeyFormat.TestPrefix : ApiKeyFormat.LivePrefix;
        var secret = prefix + new string(RandomNumberGenerator.GetItems<char>(ApiKeyFormat.Base62, SecretLength));
        var key = new ApiKey
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..ApiKeyFormat.VisiblePrefixLength],
            KeyHash = CredentialHash.Of(secret),
            Scopes = [.. scopes.Distinct(StringComparer.Ordinal)],
            Mode = mode,
            RateLimitPerHour = rateLimitPerHour,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (key, secret);
    }
}

/// <summary>Live keys trade on the venues; test keys (<c>bkt_test_</c>) are for paper/demo mode.</summary>
public enum ApiKeyMode
{
    Live,
    Test,
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(ApiKeyRules.MaxNameLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeyFormat.VisiblePrefixLength);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Mode).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => k.UserId);
    }
}
