using Ito.Trading.Data;
using Ito.Trading.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ito.Trading.Orders;

/// <summary>
/// Resumes orders nothing else will: once every retry of a <see cref="BasketOrderSubmitted"/> has failed (a venue
/// that could not say whether a leg landed, a database that was away before the first leg went out), the message is
/// in the error queue and its order would wait in pending, submitting or unwinding for ever. A pending order is
/// placed with the limits it was accepted with, as its message would have placed it; its owner may still cancel it
/// until then. Every <see cref="StalledOrderReconcilerOptions.Interval"/> this takes the
/// orders that have not moved for <see cref="StalledOrderReconcilerOptions.StalledAfter"/> and runs each through
/// <see cref="BasketOrderExecutor"/>, the path a redelivery takes: legs are looked up before anything is sent, a leg
/// whose outcome is still unknown is never re-sent, and an order another run drives (a late redelivery, another
/// replica's pass) is left to that run by <see cref="OrderRunLock"/>.
/// </summary>
public sealed partial class StalledOrderReconciler(
    IServiceScopeFactory scopes,
    IOptions<TradingOptions> options,
    TimeProvider time,
    ILogger<StalledOrderReconciler> logger) : BackgroundService
{
    private readonly StalledOrderReconcilerOptions _settings = options.Value.Reconciler;

    // Where the last full batch stopped: orders that fail on every pass (their venue still cannot answer) would
    // otherwise stay the oldest and take the whole batch every time, and the rest of a backlog would never be reached.
    private DateTimeOffset? _after;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // One pass at a time: the next tick is awaited only once a pass is over, and ticks missed meanwhile collapse
        // into one. Replicas may pass at the same time; the per-order lock keeps them off each other's orders.
        using var timer = new PeriodicTimer(_settings.Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database was not there, most likely: the next pass tries again.
                    LogPassFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var stalled = await FindStalledAsync(cancellationToken);
        _after = stalled.Count == _settings.BatchSize ? stalled[^1].UpdatedAt : null;
        if (stalled.Count == 0) return;

        LogFound(logger, stalled.Count, _settings.StalledAfter);
        foreach (var order in stalled)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LogResuming(logger, order.Id.Value, OrderWire.Name(order.Status), order.UpdatedAt);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BasketOrderExecutor>().ExecuteAsync(order.Id, cancellationToken);
            }
            catch (LegOutcomeUnknownException unknown)
            {
                LogStillUnknown(logger, order.Id.Value, string.Join(", ", unknown.LegIndexes));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogResumeFailed(logger, e, order.Id.Value);
            }
        }
    }

    private async Task<List<StalledOrder>> FindStalledAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - _settings.StalledAfter;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TradingDbContext>();
        var query = db.BasketOrders.AsNoTracking()
            .Where(o => (o.Status == BasketOrderStatus.Pending || o.Status == BasketOrderStatus.Submitting || o.Status == BasketOrderStatus.Unwinding)
                && o.UpdatedAt < before);
        if (_after is { } after) query = query.Where(o => o.UpdatedAt > after);
        return await query.OrderBy(o => o.UpdatedAt).Take(_settings.BatchSize)
            .Select(o => new StalledOrder(o.Id, o.Status, o.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    private sealed record StalledOrder(BasketOrderId Id, BasketOrderStatus Status, DateTimeOffset UpdatedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} basket order(s) have not moved for {StalledAfter}; resuming them")]
    private static partial void LogFound(ILogger logger, int count, TimeSpan stalledAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming stalled basket order {OrderId} ({Status} since {UpdatedAt:O})")]
    private static partial void LogResuming(ILogger logger, Guid orderId, string status, DateTimeOffset updatedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stalled basket order {OrderId}: the venues still cannot say whether leg(s) {LegIndexes} landed; nothing re-sent, next pass looks again")]
    private static partial void LogStillUnknown(ILogger logger, Guid orderId, string legIndexes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resuming stalled basket order {OrderId} failed; next pass tries again")]
    private static partial void LogResumeFailed(ILogger logger, Exception exception, Guid orderId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for stalled basket orders failed; next pass tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
