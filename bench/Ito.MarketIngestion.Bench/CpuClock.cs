using System.Globalization;
using Npgsql;

namespace Ito.MarketIngestion.Bench;

/// <summary>
/// CPU time spent by this process (every thread: the HTTP client, the in-process service) and by the PostgreSQL
/// backends serving the ingestion database, from the kernel's nanosecond run-time counters (/proc/…/schedstat).
/// What a search costs in CPU hardly depends on what else the machine runs, unlike its wall time on a shared,
/// overloaded box: on an idle machine a request's latency is about its CPU time plus a few loopback hops.
/// </summary>
internal sealed class CpuClock(IReadOnlyList<int> backendPids)
{
    public static async Task<CpuClock> ForDatabaseAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        return new CpuClock(pids);
    }

    public int Backends => backendPids.Count;

    public TimeSpan Now()
    {
        long nanoseconds = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task")) nanoseconds += RunTime(Path.Combine(task, "schedstat"));
        foreach (var pid in backendPids) nanoseconds += RunTime($"/proc/{pid}/schedstat");
        return TimeSpan.FromTicks(nanoseconds / 100);
    }

    private static long RunTime(string schedstat)
    {
        try
        {
            var text = File.ReadAllText(schedstat);
            return long.Parse(text.AsSpan(0, text.IndexOf(' ', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            // A thread or backend that ended since the last reading.
            return 0;
        }
    }
}
