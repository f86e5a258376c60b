namespace Ito.Categorization.Recategorization;

/// <summary>
/// At start-up, re-categorizes every market an older pipeline version left behind (a new version was deployed).
/// It runs beside the consumer: new messages are categorized by the new version as they come.
/// </summary>
public sealed class RecategorizationWorker(Recategorizer recategorizer, ILogger<RecategorizationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await recategorizer.RunAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A database outage at start-up must not stop the host; the next start tries again.
            logger.LogError(error, "Re-categorization could not start");
        }
    }
}
