using System.Globalization;
using Lifecycle.Domain.Common;

namespace Lifecycle.Web.Display;

/// <summary>Dates as GOV.UK writes them, in UK time: "5 January 2026 at 9:05am".</summary>
public static class UkTime
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToLocal(DateTime utc) => UkCalendar.ToLocal(utc);

    public static string Date(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", English);

    /// <summary>A calendar date (already a UK date, no time zone): "5 January 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>A time of day in UK time: "9:05am".</summary>
    public static string Time(DateTime utc) => ToLocal(utc).ToString("h:mmtt", English).ToLowerInvariant();

    public static string DateAndTime(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = local.ToString("h:mmtt", English).ToLowerInvariant();
        return $"{local.ToString("d MMMM yyyy", English)} at {time}";
    }
}
