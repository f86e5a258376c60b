using System.Diagnostics;
using System.Globalization;
using Ito.Categorization.Pipeline;

namespace Ito.Categorization.Bench;

/// <summary>
/// Whole-pipeline throughput on one thread (the figure the issue asks for: ≥ 20,000 markets/s per core), then on all
/// cores, then where the time goes per stage.
/// </summary>
internal static class ThroughputBenchmark
{
    public const double TargetPerCore = 20_000;

    public static void Run(int count, TextWriter output)
    {
        var pipeline = CategorizationPipeline.CreateDefault();
        var markets = SyntheticMarkets.Generate(count);
        // Warm-up until tiered JIT and dynamic PGO have settled (a few seconds), as a long-running consumer would be.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(4))
        {
            foreach (var market in markets.Take(5_000)) pipeline.Categorize(market);
        }

        var cpuStart = ThreadCpuClock.Now();
        var singleThread = Measure(() =>
        {
            foreach (var market in markets) pipeline.Categorize(market);
        });
        var singleThreadCpu = ThreadCpuClock.Now() - cpuStart;
        var perCore = count / singleThread.TotalSeconds;
        var perCpuSecond = singleThreadCpu > TimeSpan.Zero ? count / singleThreadCpu.TotalSeconds : double.NaN;

        var parallel = Measure(() => Parallel.ForEach(markets, market => pipeline.Categorize(market)));
        var allCores = count / parallel.TotalSeconds;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"markets: {count:N0} synthetic, pipeline {PipelineVersion.Current}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single thread, wall clock: {perCore:N0} markets/s ({singleThread.TotalMilliseconds / count * 1000:0.0} µs/market), ratio to target {perCore / TargetPerCore:0.00}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single thread, thread CPU time: {perCpuSecond:N0} markets per CPU-second ({singleThreadCpu.TotalMilliseconds / count * 1000:0.0} µs/market), target {TargetPerCore:N0}/s per core, ratio {perCpuSecond / TargetPerCore:0.00}x"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores: {allCores:N0} markets/s, ratio to single thread {allCores / perCore:0.00}x"));
        StageProfile(pipeline, markets.Take(20_000).ToArray(), output);
    }

    private static TimeSpan Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed;
    }

    private static void StageProfile(CategorizationPipeline pipeline, MarketText[] markets, TextWriter output)
    {
        // Thread CPU time per stage (the clock read costs ~0.1 µs, included in each figure).
        var ticks = new long[pipeline.Stages.Count];
        foreach (var market in markets)
        {
            var context = new CategorizationContext(market, pipeline.Taxonomy);
            for (var s = 0; s < pipeline.Stages.Count; s++)
            {
                var start = ThreadCpuClock.Now();
                pipeline.Stages[s].Run(context);
                ticks[s] += (ThreadCpuClock.Now() - start).Ticks;
            }
        }
        var total = ticks.Sum();
        output.WriteLine("per stage (single thread CPU time, µs/market, share):");
        for (var s = 0; s < ticks.Length; s++)
        {
            var micros = ticks[s] / 10.0 / markets.Length;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {pipeline.Stages[s].Name,-16} {micros,7:0.00}  {ticks[s] / (double)total,6:P1}"));
        }
    }
}
