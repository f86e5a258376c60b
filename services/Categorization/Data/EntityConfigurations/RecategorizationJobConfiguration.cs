using Ito.Categorization.Recategorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Categorization.Data.EntityConfigurations;

internal sealed class RecategorizationJobConfiguration : IEntityTypeConfiguration<RecategorizationJob>
{
    public void Configure(EntityTypeBuilder<RecategorizationJob> builder)
    {
        builder.ToTable("recategorization_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.PipelineVersion).HasMaxLength(32).IsRequired();
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Error).HasMaxLength(RecategorizationJob.ErrorMaxLength);
        builder.HasIndex(j => j.StartedAt);
    }
}
