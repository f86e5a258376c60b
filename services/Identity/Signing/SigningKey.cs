using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Identity.Signing;

/// <summary>
/// An ECDSA P-256 key identity signs internal tokens with. The private half is stored encrypted with ASP.NET Core
/// Data Protection; the public half is published as a JWKS so services can verify tokens.
/// </summary>
public sealed class SigningKey
{
    public required string KeyId { get; init; }

    public required byte[] ProtectedPrivateKey { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; set; }
}

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> builder)
    {
        builder.ToTable("signing_keys");
        builder.HasKey(k => k.KeyId);
        builder.Property(k => k.KeyId).HasMaxLength(32);
    }
}
