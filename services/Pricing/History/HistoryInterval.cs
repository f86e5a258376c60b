namespace Ito.Pricing.History;

/// <summary>The bar widths history is served in; backfill writes the hourly and daily ones.</summary>
public sealed record HistoryInterval(string Name, TimeSpan Length)
{
    public static readonly HistoryInterval Minute = new("1m", TimeSpan.FromMinutes(1));
    public static readonly HistoryInterval Hour = new("1h", TimeSpan.FromHours(1));
    public static readonly HistoryInterval Day = new("1d", TimeSpan.FromDays(1));

    public static readonly IReadOnlyList<HistoryInterval> All = [Minute, Hour, Day];

    public static HistoryInterval? Parse(string? name) => All.FirstOrDefault(i => i.Name == name);

    /// <summary>The start of the bar holding <paramref name="at"/> (bars are aligned on the Unix epoch, in UTC).</summary>
    public DateTimeOffset BucketOf(DateTimeOffset at)
    {
        var ticks = at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return DateTimeOffset.UnixEpoch.AddTicks(ticks - Mod(ticks, Length.Ticks));
    }

    private static long Mod(long value, long divisor) => ((value % divisor) + divisor) % divisor;
}
