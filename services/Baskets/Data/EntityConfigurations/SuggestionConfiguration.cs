using System.Text.Json;
using System.Text.Json.Serialization;
using Ito.Baskets.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.Baskets.Data.EntityConfigurations;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    // Enums as names, so the stored proposal never depends on an enum's member order.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.ToTable("suggestions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Reason).HasMaxLength(Suggestion.ReasonMaxLength).IsRequired();
        builder.Property(s => s.ReviewNotes).HasMaxLength(Suggestion.NotesMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        // The proposal is read and written whole, never queried into: one JSON document.
        builder.Property(s => s.Change)
            .HasColumnType("jsonb")
            .HasConversion(
                change => JsonSerializer.Serialize(change, Json),
                json => JsonSerializer.Deserialize<SuggestedChange>(json, Json)!);
        builder.HasIndex(s => new { s.Status, s.SubmittedAt });
        builder.HasIndex(s => s.SubmittedBy);
    }
}
