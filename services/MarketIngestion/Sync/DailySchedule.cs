using System.Globalization;

namespace Ito.MarketIngestion.Sync;

/// <summary>A time of day in UTC and the next moment it comes round.</summary>
public readonly record struct DailySchedule(TimeOnly AtUtc)
{
    public static DailySchedule Parse(string text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new DailySchedule(at)
            : throw new FormatException($"Ingestion:Sync:DailyAtUtc must be HH:mm (UTC), not '{text}'.");

    /// <summary>The first run strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(DateOnly.FromDateTime(utc.UtcDateTime).ToDateTime(AtUtc), TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }
}
