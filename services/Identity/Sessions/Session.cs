using System.Security.Cryptography;
using Ito.Contracts.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Identity.Sessions;

/// <summary>
/// A signed-in browser. The token lives only in the caller's cookie; the row holds its SHA-256 hash. Expiry is
/// fixed at 30 days from sign-in (not sliding): signing in again is the way to extend it.
/// </summary>
public sealed class Session
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required Guid UserId { get; init; }

    public required string TokenHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public bool IsActive(DateTimeOffset now) => ExpiresAt > now;

    /// <summary>Starts a session; the returned token is handed to the caller once and never stored.</summary>
    public static (Session Session, string Token) Start(Guid userId, DateTimeOffset now)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new Session { UserId = userId, TokenHash = CredentialHash.Of(token), CreatedAt = now, ExpiresAt = now + Lifetime }, token);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.TokenHash).IsUnique();
        builder.HasIndex(s => s.UserId);
    }
}
