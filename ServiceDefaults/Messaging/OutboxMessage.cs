using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ito.ServiceDefaults.Messaging;

/// <summary>
/// An integration event saved in the same transaction as the change that caused it, published afterwards by the
/// <see cref="OutboxDispatcher{TContext}"/>. Its id becomes the message id, which consumers' inboxes deduplicate on.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// Insertion order: transactions' events leave in commit order. Within one SaveChanges EF orders inserts by
    /// key, so events of one transaction are not ordered among themselves; consumers must not rely on it.
    /// </summary>
    public long Sequence { get; private set; }

    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The W3C trace context of the request that caused the event, so its trace continues through the broker.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage From<TEvent>(TEvent integrationEvent) where TEvent : class
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = NewId(),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxJson.Options),
            OccurredAt = DateTimeOffset.UtcNow,
            TraceParent = Activity.Current?.Id,
        };
    }

    public object Deserialize()
    {
        var type = Type.GetType(MessageType, throwOnError: true)!;
        return JsonSerializer.Deserialize(Payload, type, OutboxJson.Options)!;
    }

    internal void MarkSent(DateTimeOffset at)
    {
        SentAt = at;
        Attempts++;
        LastError = null;
    }

    // Time-ordered ids keep the primary key index append-only.
    private static Guid NewId() => Guid.CreateVersion7();
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Sequence).UseIdentityAlwaysColumn();
        builder.Property(m => m.MessageType).HasMaxLength(500).IsRequired();
        builder.Property(m => m.Payload).HasColumnType("jsonb").IsRequired();
        builder.Property(m => m.TraceParent).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher only ever looks for what has not been sent yet.
        builder.HasIndex(m => m.Sequence).HasFilter("\"SentAt\" IS NULL").HasDatabaseName("ix_outbox_messages_unsent");
    }
}
