using Ito.Categorization.Bench;

// `dotnet run -c Release --project bench/Ito.Categorization.Bench` measures throughput;
// `... -- calibrate` re-derives the fusion temperature from the development set.
switch (args)
{
    case ["calibrate"]:
        FusionCalibration.Run(Console.Out);
        break;
    case ["--count", var count]:
        ThroughputBenchmark.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        break;
    default:
        ThroughputBenchmark.Run(100_000, Console.Out);
        break;
}
