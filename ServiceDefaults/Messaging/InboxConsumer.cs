using Ito.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ito.ServiceDefaults.Messaging;

/// <summary>
/// A consumer whose effect is applied exactly once per message id: the effect, any events it raises (outbox) and
/// the inbox record commit in one transaction. A redelivery finds the inbox record and does nothing; two concurrent
/// deliveries race on the inbox key and the loser rolls back and is retried, then finds the record.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db { get; } = db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().Name;

        await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
        var seen = await Db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
        if (seen)
        {
            return;
        }

        await HandleAsync(context.Message, context);

        Db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = DateTimeOffset.UtcNow });
        await Db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
    }

    /// <summary>Applies the message's effect to <see cref="Db"/> without saving; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
