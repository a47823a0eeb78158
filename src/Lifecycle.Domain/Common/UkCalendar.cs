namespace Lifecycle.Domain.Common;

/// <summary>
/// The calendar the councils live by. Instants are stored in UTC, but every date a person reads or types
/// ("went live on", "reviewed on", "today") is a UK date, so an instant becomes a date only through here;
/// otherwise something done at 00:30 in summer falls on the day before.
/// </summary>
public static class UkCalendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));
}
