using System.Diagnostics;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Markets;

/// <summary>
/// Loads the taxonomy, gazetteer and model and runs one market through the pipeline at start-up, before the bus
/// starts (hosted services start in order), so the first real message does not pay the load.
/// </summary>
public sealed class PipelineWarmUp(IServiceProvider services, ILogger<PipelineWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Resolved here rather than injected, so the logged time includes loading the data files.
        var pipeline = services.GetRequiredService<CategorizationPipeline>();
        pipeline.Categorize(new MarketText(MarketText.Kalshi, "Will the Fed cut rates in December?"));
        logger.LogInformation("Categorization pipeline {Version} ready in {Elapsed} ms", pipeline.Version,
            (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
