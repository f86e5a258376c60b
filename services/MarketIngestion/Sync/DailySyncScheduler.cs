using Microsoft.Extensions.Options;

namespace Ito.MarketIngestion.Sync;

/// <summary>Starts the daily sync at <c>Ingestion:Sync:DailyAtUtc</c> (02:00 UTC by default).</summary>
internal sealed partial class DailySyncScheduler(
    SyncCoordinator coordinator,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<DailySyncScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled) return;
        var schedule = DailySchedule.Parse(options.Value.DailyAtUtc);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(time.GetUtcNow());
            LogNextRun(next);
            try
            {
                await Task.Delay(Max(next - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
                var job = await coordinator.StartOrGetRunningAsync("schedule", stoppingToken);
                LogTriggered(job.Id);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogTriggerFailed(ex);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Next scheduled market sync at {Next:u}")]
    private partial void LogNextRun(DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled market sync is job {JobId}")]
    private partial void LogTriggered(Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled market sync could not start")]
    private partial void LogTriggerFailed(Exception exception);
}
