using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Identity.Users;

/// <summary>A person who signs in with a password. Knows its own lockout rule.</summary>
public sealed class User
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string UserName { get; init; }

    public required string NormalizedUserName { get; init; }

    public required string Email { get; init; }

    public required string NormalizedEmail { get; init; }

    public string PasswordHash { get; set; } = "";

    public bool IsAdmin { get; set; }

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>PostgreSQL's xmin: two failed sign-ins racing on one row cannot lose a count.</summary>
    public uint Version { get; private set; }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.UserName).HasMaxLength(UserRules.MaxUserNameLength);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(UserRules.MaxUserNameLength);
        builder.Property(u => u.Email).HasMaxLength(UserRules.MaxEmailLength);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(UserRules.MaxEmailLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(500);
        builder.Property(u => u.Version).IsRowVersion();
        builder.HasIndex(u => u.NormalizedUserName).IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).IsUnique();
    }
}
