using Ito.ServiceDefaults.Data;
using Ito.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.ServiceDefaults.Tests.Messaging;

/// <summary>A small service of its own: notes (the domain change) and the effects a consumer applies.</summary>
public sealed class OutboxTestDbContext(DbContextOptions<OutboxTestDbContext> options) : ServiceDbContext(options)
{
    public const string SchemaName = "outboxtest";

    public override string Schema => SchemaName;

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<NoteEffect> NoteEffects => Set<NoteEffect>();
}

public sealed class Note
{
    public Guid Id { get; init; }

    public required string Text { get; init; }
}

/// <summary>What the consumer writes; no unique key on NoteId, so a duplicate effect would show as a second row.</summary>
public sealed class NoteEffect
{
    public Guid Id { get; init; }

    public Guid NoteId { get; init; }
}

public sealed record NoteAdded(Guid NoteId, string Text);

public sealed class NoteAddedConsumer(OutboxTestDbContext db, ConsumerAttempts attempts) : InboxConsumer<NoteAdded, OutboxTestDbContext>(db)
{
    public const string Poison = "poison";

    protected override Task HandleAsync(NoteAdded message, ConsumeContext<NoteAdded> context)
    {
        attempts.Record(message.NoteId, System.Diagnostics.Activity.Current?.TraceId);
        if (message.Text == Poison)
        {
            throw new InvalidOperationException("This note cannot be processed.");
        }
        Db.NoteEffects.Add(new NoteEffect { Id = Guid.NewGuid(), NoteId = message.NoteId });
        return Task.CompletedTask;
    }
}

public sealed class ConsumerAttempts
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> attempts = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, System.Diagnostics.ActivityTraceId> traces = new();

    public void Record(Guid noteId, System.Diagnostics.ActivityTraceId? traceId)
    {
        attempts.AddOrUpdate(noteId, 1, (_, n) => n + 1);
        if (traceId is { } id) traces[noteId] = id;
    }

    public int For(Guid noteId) => attempts.GetValueOrDefault(noteId);

    /// <summary>The trace the consumer ran in, if it ran inside one.</summary>
    public System.Diagnostics.ActivityTraceId? TraceOf(Guid noteId) => traces.TryGetValue(noteId, out var id) ? id : null;
}

internal sealed class OutboxTestDbContextFactory() : DesignTimeDbContextFactory<OutboxTestDbContext>(OutboxTestDbContext.SchemaName);
