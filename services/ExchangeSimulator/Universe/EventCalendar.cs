using System.Globalization;

namespace Ito.ExchangeSimulator.Universe;

/// <summary>Event dates per series frequency, and how each venue writes them.</summary>
internal static class EventCalendar
{
    /// <summary>Index 0 is the nearest future date; negative indexes are in the past.</summary>
    public static DateOnly DateFor(Frequency frequency, DateOnly anchor, int index) => frequency switch
    {
        Frequency.Daily => anchor.AddDays(index),
        Frequency.Weekly => anchor.AddDays(((int)DayOfWeek.Friday - (int)anchor.DayOfWeek + 7) % 7).AddDays(7 * index),
        Frequency.Monthly => LastDayOfMonth(anchor.AddMonths(index)),
        _ => new DateOnly(anchor.Year + index, 12, 31),
    };

    /// <summary>Kalshi's event-ticker date codes: 26NOV28 (daily/weekly), 27MAR (monthly), 27 (annual).</summary>
    public static string KalshiCode(Frequency frequency, DateOnly date) => frequency switch
    {
        Frequency.Daily or Frequency.Weekly => date.ToString("yyMMMdd", CultureInfo.InvariantCulture).ToUpperInvariant(),
        Frequency.Monthly => date.ToString("yyMMM", CultureInfo.InvariantCulture).ToUpperInvariant(),
        _ => date.ToString("yy", CultureInfo.InvariantCulture),
    };

    public static string Text(Frequency frequency, DateOnly date) => frequency switch
    {
        Frequency.Daily or Frequency.Weekly => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
        Frequency.Monthly => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Kalshi daily markets close at 11:59 pm ET, i.e. 04:59 UTC the next day.</summary>
    public static DateTimeOffset CloseTime(DateOnly date) =>
        new(date.AddDays(1).ToDateTime(new TimeOnly(4, 59)), TimeSpan.Zero);

    private static DateOnly LastDayOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
