using System.Diagnostics;
using System.Globalization;

namespace Ito.MarketIngestion.Bench;

/// <summary>What the machine was doing around a measurement: load averages and this process's CPU time.</summary>
internal sealed record MachineLoad(string LoadAverage, TimeSpan ProcessCpu)
{
    public static MachineLoad Now() => new(
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a",
        Process.GetCurrentProcess().TotalProcessorTime);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"loadavg {LoadAverage}; process CPU {ProcessCpu.TotalSeconds:F1} s");
}
