using Ito.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Ito.ServiceDefaults.Tests.Messaging;

/// <summary>The outbox and inbox against a real PostgreSQL and RabbitMQ.</summary>
public sealed class OutboxInboxTests(IsolatedInfrastructure infrastructure) : IClassFixture<IsolatedInfrastructure>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private OutboxTestHost host = null!;

    public async Task InitializeAsync() => host = await OutboxTestHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_change_and_its_event_commit_together_and_the_event_is_delivered_and_marked_sent()
    {
        var noteId = await host.AddNoteAsync("hello");

        await Eventually.TrueAsync(async () => await host.EffectsForAsync(noteId) == 1, Patience, "the consumer's effect");
        var rows = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        var row = Assert.Single(rows, m => m.Payload.Contains(noteId.ToString(), StringComparison.Ordinal));
        Assert.NotNull(row.SentAt);
    }

    [Fact]
    public async Task A_rolled_back_change_publishes_nothing()
    {
        var noteId = await host.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var note = new Note { Id = Guid.NewGuid(), Text = "never" };
            db.Notes.Add(note);
            db.AddIntegrationEvent(new NoteAdded(note.Id, note.Text));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return note.Id;
        });

        // A committed marker published after it proves the pipeline ran past the rolled-back one.
        var marker = await host.AddNoteAsync("marker");
        await Eventually.TrueAsync(async () => await host.EffectsForAsync(marker) == 1, Patience, "the marker's effect");
        Assert.Equal(0, await host.EffectsForAsync(noteId));
        var rows = await host.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(rows, m => m.Payload.Contains(noteId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var noteId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        // Two deliveries of one message id, concurrently, then a third one later.
        await Task.WhenAll(
            bus.Publish(new NoteAdded(noteId, "twice"), c => c.MessageId = messageId),
            bus.Publish(new NoteAdded(noteId, "twice"), c => c.MessageId = messageId));
        await Eventually.TrueAsync(async () => await host.EffectsForAsync(noteId) == 1, Patience, "the first effect");
        await bus.Publish(new NoteAdded(noteId, "twice"), c => c.MessageId = messageId);

        var marker = await host.AddNoteAsync("after-duplicates");
        await Eventually.TrueAsync(async () => await host.EffectsForAsync(marker) == 1, Patience, "the marker's effect");
        Assert.Equal(1, await host.EffectsForAsync(noteId));
        Assert.Equal(1, await host.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == messageId)));
    }

    [Fact]
    public async Task A_failing_consumer_is_retried_then_its_message_goes_to_the_error_queue_while_the_rest_flow()
    {
        var poison = await host.AddNoteAsync(NoteAddedConsumer.Poison);
        var healthy = new List<Guid>();
        for (var i = 0; i < 5; i++) healthy.Add(await host.AddNoteAsync($"healthy {i}"));

        foreach (var noteId in healthy)
        {
            await Eventually.TrueAsync(async () => await host.EffectsForAsync(noteId) == 1, Patience, "healthy notes processed");
        }
        await Eventually.TrueAsync(async () => await ErrorQueueDepthAsync() == 1, Patience, "the poison message in the error queue");
        Assert.Equal(5, host.Attempts.For(poison)); // the first attempt and four retries
        Assert.Equal(0, await host.EffectsForAsync(poison));
    }

    private async Task<uint> ErrorQueueDepthAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(infrastructure.RabbitMq) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync("outboxtest-note-added_error")).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0; // not created yet
        }
    }
}
