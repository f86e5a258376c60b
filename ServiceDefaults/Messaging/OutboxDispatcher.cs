using System.Diagnostics;
using Ito.ServiceDefaults.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Ito.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox messages to RabbitMQ and marks them sent. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances of a service never publish the same row at once. While the
/// broker is down nothing is marked and the batch is retried with backoff: every event is delivered once it returns
/// (at least once; consumers' inboxes make the rare duplicate harmless).
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService where TContext : ServiceDbContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);
    private static readonly ActivitySource ActivitySource = new("Ito.ServiceDefaults.Outbox");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (published < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                logger.LogWarning("Outbox of {Context} could not publish ({Reason}); retrying in {Backoff}", typeof(TContext).Name, ex.Message, backoff);
                await Task.Delay(backoff, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // The outbox's own bookkeeping (a poll every second) would bury the traces operators look for; only the
        // publish itself is traced, as part of the trace of the request that saved the event.
        var untraced = SuppressInstrumentationScope.Begin();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The schema is the service's own constant, never input: safe to place in the statement.
        var claimUnsent = $"""
            SELECT * FROM "{db.Schema}"."outbox_messages"
            WHERE "SentAt" IS NULL
            ORDER BY "Sequence"
            LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """;
        var batch = await db.OutboxMessages.FromSqlRaw(claimUnsent).ToListAsync(cancellationToken);
        untraced.Dispose();
        if (batch.Count == 0)
        {
            return 0;
        }

        foreach (var message in batch)
        {
            await PublishAsync(message, cancellationToken);
            message.MarkSent(DateTimeOffset.UtcNow);
        }

        using (SuppressInstrumentationScope.Begin())
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return batch.Count;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.Deserialize();
        // Continue the trace of the request that saved the event, so one trace spans request → broker → consumer.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = ActivitySource.StartActivity($"outbox publish {payload.GetType().Name}", ActivityKind.Producer, parent);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(payload, payload.GetType(), context => context.MessageId = message.Id, timeout.Token);
    }
}
