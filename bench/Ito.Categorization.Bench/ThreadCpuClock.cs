using System.Runtime.InteropServices;

namespace Ito.Categorization.Bench;

/// <summary>
/// CPU time consumed by the calling thread (Linux CLOCK_THREAD_CPUTIME_ID). On a shared 2-core machine wall-clock
/// throughput depends on the neighbours; the thread's own CPU time is what "markets per second per core" means.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsSupported => OperatingSystem.IsLinux();

    public static TimeSpan Now()
    {
        if (!IsSupported || ClockGetTime(ClockThreadCpuTimeId, out var time) != 0) return TimeSpan.Zero;
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }
}
