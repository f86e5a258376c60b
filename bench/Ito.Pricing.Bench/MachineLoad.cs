using System.Diagnostics;
using System.Globalization;

namespace Ito.Pricing.Bench;

/// <summary>
/// What the machine was doing around a figure: the 1/5/15-minute load averages (this 2-core box is shared with other
/// engineers' builds, so a figure means little without it) and this process's CPU time.
/// </summary>
internal sealed record MachineLoad(string LoadAverage, TimeSpan ProcessCpu)
{
    public static MachineLoad Now() => new(
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a",
        Process.GetCurrentProcess().TotalProcessorTime);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"loadavg {LoadAverage} on {Environment.ProcessorCount} cores, bench process CPU {ProcessCpu.TotalSeconds:F1} s");
}
