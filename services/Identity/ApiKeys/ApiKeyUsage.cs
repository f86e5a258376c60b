using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Identity.ApiKeys;

/// <summary>Requests one API key made in one UTC hour, as counted by the gateway.</summary>
public sealed class ApiKeyUsage
{
    public required Guid ApiKeyId { get; init; }

    public required DateTimeOffset HourStart { get; init; }

    public long Requests { get; set; }
}

internal sealed class ApiKeyUsageConfiguration : IEntityTypeConfiguration<ApiKeyUsage>
{
    public void Configure(EntityTypeBuilder<ApiKeyUsage> builder)
    {
        builder.ToTable("api_key_usage");
        builder.HasKey(u => new { u.ApiKeyId, u.HourStart });
    }
}
